using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class AnswerFactsTests
{
    [Theory]
    [InlineData("The delegations were led by Deputy Assistant Secretary Mary Holt and Norway’s new ambassador to Vienna, Lars Berg.", "berg", "Lars Berg", "Norway’s new ambassador to Vienna")]
    [InlineData("Speaking in Oslo, Foreign Minister Anne Dahl said the talks would go on.", "dahl", "Anne Dahl", "Foreign Minister")]
    [InlineData("Meanwhile, the head of the state investment fund, Olav Lund, joined the talks.", "lund", "Olav Lund", "the head of the state investment fund")]
    [InlineData("Olav Lund, a member of the delegation, said nothing.", "olav lund", "Olav Lund", "a member of the delegation")]
    [InlineData("The talks were chaired by Lars Berg.", "berg", null, null)]
    [InlineData("Traders said they expected the manager, Lars Berg, to intervene.", "berg", null, null)]
    [InlineData("The ambassador met berg farmers in the valley.", "berg", null, null)]
    public void APersonsDescription_IsTheStandingSetBesideTheirName(string text, string asked, string? name, string? description)
    {
        var found = AnswerFacts.Description(text, asked);

        Assert.Equal(name, found?.Name);
        Assert.Equal(description, found?.Description);
    }

    [Theory]
    [InlineData("The delegations were led by Sonata Coulter and Alexander Darchiev.", "Sonata Coulter", "Alexander Darchiev")]
    [InlineData("West German Finance Minister Gerhard Stoltenberg met Baker.", "Gerhard Stoltenberg")]
    [InlineData("The International Cocoa Organization buffer stock manager bought cocoa.")]
    [InlineData("The U.S. State Department said on Monday that talks would go on.")]
    [InlineData("Since Trump took office, talks have resumed.")]
    [InlineData("Hanns Christian Schroeder-Hohenwarth, president of the federation, spoke.", "Hanns Christian Schroeder-Hohenwarth")]
    [InlineData("Chief of Staff Howard Baker noted the invitation.", "Howard Baker")]
    [InlineData("After Jan Smit spoke, When Lee Kuan arrived.", "Jan Smit", "Lee Kuan")]
    [InlineData("Mbeki criticised the South African Ferry Services and the Kenyan Harbour Workers Union.")]
    [InlineData("Nigerian Airways hired Ada Obi.", "Ada Obi")]
    [InlineData("Finnish Social Democrat Prime Minister Ola Brandt resigned.", "Ola Brandt")]
    [InlineData("Dutch Labour leader Eva Lund met Swiss Conservative Party officials.", "Eva Lund")]
    [InlineData("Prime Minister Ola Brandt's Social Democratic Party lost a seat.", "Ola Brandt")]
    [InlineData("Ola Brandt's deputy Piet Aalders's plan was shelved.", "Ola Brandt", "Piet Aalders")]
    [InlineData("Senate leader Ann McAllister met Ron DeVries and Eva O'Neill.", "Ann McAllister", "Ron DeVries", "Eva O'Neill")]
    [InlineData("Regulators said the states subsidise the Harbor Lumen shipbuilding group, Ada Obi said.", "Ada Obi")]
    [InlineData("The court heard the Tessaly Freight case while the defendant Ola Brandt waited.", "Ola Brandt")]
    [InlineData("The suit was filed in Kroll County Superior Court by Ada Obi.", "Ada Obi")]
    [InlineData("Officials met in Vester City, on Kroll Island and at Norland Airport.")]
    [InlineData("The city is talking to a promoter backed by Varga Companies and Nordby Enterprises.")]
    [InlineData("Berg Resources named Ada Obi to run Kroll Systems.", "Ada Obi")]
    public void Persons_AreRunsOfCapitalisedWords_ThatAreNotInstitutions(string text, params string[] expected)
    {
        Assert.Equal(expected, AnswerFacts.Persons(text));
    }

    [Theory]
    [InlineData("Kessler will now face Tomas Berg in the final.", "Dan Kessler|Kessler", "Tomas Berg|Tomas Berg")]
    [InlineData("Then Kessler said he was sorry.", "Dan Kessler|Kessler")]
    [InlineData("Kessler's coach was pleased.", "Dan Kessler|Kessler")]
    [InlineData("Berg won the first set.", "Tomas Berg|Berg")]
    [InlineData("Lund did not play.", "Eva Lund|Lund")]
    [InlineData("Then the rain came.")]
    public void APersonNamedByTheLastName_IsTheOneTheReportNamesInFullFirst(string text, params string[] expected)
    {
        const string Report = "Dan Kessler reached the final. Tomas Berg and Eva Lund and Per Lund then played on. "
            + "Then Kessler said he was sorry. Kessler will now face Tomas Berg in the final.";

        Assert.Equal(expected, AnswerFacts.PersonMentions(text, Report).Select(p => $"{p.Name}|{p.Written}"));
        Assert.DoesNotContain(AnswerFacts.Persons(text), name => name.StartsWith("Dan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"We are united,\" he remarked.", "Ann Lee")]
    [InlineData("She added that talks would resume.", "Ann Lee")]
    [InlineData("He said talks would resume.", null, "Ann Lee met Tom Hill.")]
    [InlineData("The talks resumed.", null)]
    [InlineData("Tom Hill said he was glad.", null)]
    public void WhomHeOrSheStandsFor_IsTheOnePersonTheNearestSentenceNamingAnyoneNames(string text, string? expected, string? before = null)
    {
        string[] earlier = before is null ? ["He also spoke of trade.", "Ann Lee met the press.", "Tom Hill stayed home."] : [before];

        Assert.Equal(expected, AnswerFacts.Antecedent(text, earlier, null));
    }

    [Theory]
    [InlineData("Then Kessler said he was sorry.", false)]
    [InlineData("Then Kessler said he was sorry, as did Ana Vidal.", true)]
    public void ALastNameAlone_NamesNoOneNewToAWhoQuestion(string text, bool expected)
    {
        const string Report = "Dan Kessler reached the final and then lost it. Then Kessler said he was sorry.";
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("who said sorry to the loser?");

        Assert.Equal(QuestionType.Who, asked.Type);
        Assert.Equal(expected, AnswerFacts.Holds(asked, sentence, text, Report));
    }

    [Theory]
    [InlineData("The talks were held in Geneva.", "where were the talks held?", true)]
    [InlineData("They met at the residence of the consul in Istanbul.", "where in Istanbul did they meet?", true)]
    [InlineData("U.S. officials welcomed the step.", "where did they meet?", false)]
    [InlineData("The ministers agreed to pursue the accord, a finance ministry spokesman in Bonn said.", "where did they meet?", false)]
    [InlineData("The talks were held in Geneva.", "where in Geneva were the talks held?", false)]
    [InlineData("The delegations met in Saudi Arabia last week.", "which saudi city did the delegations meet in?", false)]
    [InlineData("The envoys met in Jeddah, Saudi Arabia, last week.", "which saudi city did the envoys meet in?", true)]
    [InlineData("The delegations met in Brazil last week.", "which brazilian city did they meet in?", false)]
    public void APlace_CountsWhereTheSentencePutsSomethingThere_AndTheQuestionDidNotAlreadySayIt(string text, string question, bool expected)
    {
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze(question);
        Assert.Equal(QuestionType.Where, asked.Type);
        Assert.Equal(expected, AnswerFacts.Holds(asked, sentence, text));
    }

    [Theory]
    [InlineData("Prime Minister Ola Brandt resigned on Thursday.", false)]
    [InlineData("Ola Brandt's government resigned on Thursday.", false)]
    [InlineData("Ola Brandt handed the government over to Eva Lund on Thursday.", true)]
    public void APersonTheQuestionNamesByTheLastName_IsNotWhoItAsksFor(string text, bool expected)
    {
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("who is running the government now that brandt has gone?");
        Assert.Equal(QuestionType.Who, asked.Type);
        Assert.Equal(expected, AnswerFacts.Holds(asked, sentence, text));
    }

    [Theory]
    [InlineData("The delegation stressed flights between the two nations.", false)]
    [InlineData("These three issues were discussed by the delegation.", false)]
    [InlineData("The delegation of 12 stressed flights between the nations.", true)]
    [InlineData("Two diplomats and three aides made up the delegation.", true)]
    public void ACount_IsNotOneThatRefersBackToThingsAlreadyCounted(string text, bool expected)
    {
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);
        AnalyzedQuestion asked = new QuestionAnalyzer().Analyze("how many people were in the delegation?");
        Assert.Equal(QuestionType.HowMany, asked.Type);
        Assert.Equal(expected, AnswerFacts.Holds(asked, sentence, text));
    }

    [Theory]
    [InlineData(FigureKind.Percentage, "Banks have pledged 97 pct of the loan, helped by a 3/8 pct cut in the margin.", "97 pct", "3/8 pct")]
    [InlineData(FigureKind.Percentage, "Prices rose 12.5% after a rise of 1-1/2 pct in May.", "12.5%", "1-1/2 pct")]
    [InlineData(FigureKind.Money, "It paid 40 mln Canadian dlrs, a 21 pct premium, or $3.50 a share.", "40 mln Canadian dlrs", "$3.50")]
    [InlineData(FigureKind.Money, "The engine has a thrust of 30,600 lbs and burns four per cent less fuel.")]
    [InlineData(FigureKind.Change, "The 340 staff took a cut of 60 cents an hour, or 5 pct.", "60 cents", "5 pct")]
    [InlineData(FigureKind.Count, "The 340 staff took a cut of 60 cents an hour, or 5 pct.", "340")]
    [InlineData(FigureKind.Count, "The offer included wage cuts of 60 cents an hour.")]
    public void TheFiguresOfTheKindAsked_AreFound_AndNoOthers(FigureKind kind, string text, params string[] expected)
    {
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);

        Assert.Equal(expected, AnswerFacts.FiguresOf(kind, sentence, text, "how many?"));
    }

    [Theory]
    [InlineData("what share of the loan have banks pledged?", "97 pct")]
    [InlineData("how big is the fee the banks were paid?", "97 pct", "3/8 pct")]
    [InlineData("how much do the banks earn?", "97 pct", "2 pct")]
    public void AFigureGivenForAnAccount_AnswersOnlyAQuestionThatNamesIt(string question, params string[] expected)
    {
        const string Text = "Banks have pledged 97 pct of the loan, helped by a 3/8 pct fee and earnings of 2 pct.";
        var sentence = new Articles.Sentence(0, 0, 0, Text.Length, []);

        Assert.Equal(expected, AnswerFacts.FiguresOf(FigureKind.Percentage, sentence, Text, question));
    }

    [Theory]
    [InlineData(FigureKind.Money, "Norland pays 10 mln dlrs in subsidies to its farmers.", "how much does norland pay its farmers?", false)]
    [InlineData(FigureKind.Money, "Norland pays 10 mln dlrs in subsidies to its farmers.", "how much in subsidies does norland pay?", true)]
    [InlineData(FigureKind.Money, "Kroll made losses of 10 mln dlrs last year.", "how much did kroll lose last year?", true)]
    [InlineData(FigureKind.Money, "Kroll made losses of 10 mln dlrs last year.", "how much did kroll offer?", false)]
    [InlineData(FigureKind.Money, "Kroll made 26 mln dlrs on sales of 400 mln dlrs.", "how much did kroll make?", true)]
    [InlineData(FigureKind.Change, "The council agreed a 5 pct tax cut for farmers.", "how big a cut did the council agree?", true)]
    [InlineData(FigureKind.Percentage, "Kroll bought a 40 pct interest in the mine.", "how big a stake did kroll buy?", true)]
    [InlineData(FigureKind.Percentage, "Vesterland may impose a 40 pct tariff on the cheese.", "how much cheese does vesterland import?", false)]
    public void AFigureGivenForAnAccount_IsFoundByItsNoun_WhereverItStands(FigureKind kind, string text, string question, bool answers)
    {
        var sentence = new Articles.Sentence(0, 0, 0, text.Length, []);

        Assert.Equal(answers, AnswerFacts.FiguresOf(kind, sentence, text, question).Any());
    }

    private static readonly TemporalTagger Tagger = new();

    private static Sentence Tagged(string text, string published) =>
        new(0, 0, 0, text.Length, Tagger.Tag(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Nakasone will make an official week-long visit to the United States.", "week-long")]
    [InlineData("The talks lasted for two days before they broke up.", "two days")]
    [InlineData("Reagan imposed punitive tariffs of 300 mln dlrs a year on Japanese goods.")]
    [InlineData("The fund lends about five billion dollars a year to the region.")]
    [InlineData("The agreements address the issues created over the years.")]
    public void Durations_AreLengthsOfTime_NotAmountsPerUnitOfTime(string text, params string[] expected)
    {
        Assert.Equal(expected, AnswerFacts.Durations(Tagged(text, "1987-03-27"), text).Select(t => t.Text));
    }

    [Theory]
    [InlineData("Yeutter said on Monday that the pact, signed by the two sides two weeks ago, has yet to be approved.", "when was the pact signed?", "two weeks ago")]
    [InlineData("On Friday, Washington announced tariffs on Japanese goods from April 17.", "from what date do the tariffs apply?", "April 17")]
    [InlineData("The talks will resume on Thursday, officials said.", "when will the talks resume?", "Thursday")]
    [InlineData("Yeutter said on Monday that the pact would help trade.", "when did Yeutter say the pact would help?", "Monday")]
    [InlineData("Yeutter said on Monday that the pact would help trade.", "when was the pact signed?")]
    public void EventDates_LeaveOutTheDateOfAStatement_UnlessTheQuestionAsksAboutTheStatement(string text, string question, params string[] expected)
    {
        bool asksStatement = new QuestionAnalyzer().Analyze(question).NamesReporting;
        Assert.Equal(expected, AnswerFacts.EventDates(Tagged(text, "1987-10-19"), text, asksStatement).Select(t => t.Text));
    }

    [Theory]
    [InlineData("The Treasury described it as a private meeting in Frankfurt, West Germany which had been agreed.", "Frankfurt, West Germany")]
    [InlineData("This meeting lasted five hours at the Russian consulate in Istanbul.", "the Russian consulate in Istanbul")]
    [InlineData("In Pretoria, Reserve Bank Governor Gerhard de Kock termed the agreement a good deal.", "Pretoria")]
    [InlineData("Officials welcomed the step.")]
    [InlineData("Several rounds were held, including one in March aimed at reopening the embassy.")]
    [InlineData("Talks resumed at the Beijing Hotel on Friday.", "the Beijing Hotel")]
    [InlineData("Earlier, after the talks, U.S. Secretary of State Jane Doe said they went well.")]
    public void Locations_AreTheMostSpecificPlaceFirst_CarriedOnIntoThePlaceThatHoldsIt(string text, params string[] expected)
    {
        Assert.Equal(expected, AnswerFacts.Locations(text, "where did they meet?").Take(1));
    }

    [Theory]
    [InlineData("Kroll agreed to buy the Varberg, Calif., maker of radar parts for 90 mln dlrs.", "where is the radar maker based?", "Varberg, Calif.")]
    [InlineData("The Nordby-based bus line filed for protection from its creditors.", "where is the bus line headquartered?", "Nordby")]
    [InlineData("Kroll Shipping's Nordby-based unit was sold.", "where's the unit based", "Nordby")]
    [InlineData("On Monday, Kroll's Varberg, Mass., plant closed.", "where is the plant located?", "Varberg, Mass.")]
    [InlineData("The Nordby-based mediator said talks would resume in Varberg.", "where will the talks resume?", "Varberg")]
    [InlineData("Officials in Varberg, Nordby and Kroll welcomed the pact.", "where is the pact based?", "Varberg")]
    public void WhereABodyIsBased_IsTheTownWithItsStateOrThePlaceBeforeBased_WhenAsked(string text, string question, params string[] expected) =>
        Assert.Equal(expected, AnswerFacts.Locations(text, question).Take(1));

    [Theory]
    [InlineData("Speaking at a press briefing in Nordby, the minister gave no date for the talks.", "where will the talks be held?")]
    [InlineData("The minister told reporters in Nordby the talks would go on.", "where will the talks be held?")]
    [InlineData("Two cases were reported in Nordby on Monday.", "where was the outbreak?", "Nordby")]
    [InlineData("In an interview in Nordby, Kroll said little about the talks.", "where did the talks take place?")]
    [InlineData("The talks will be held in Varberg, the minister told reporters in Nordby.", "where will the talks be held?", "Varberg")]
    [InlineData("Speaking at a press briefing in Nordby, the minister gave no date for the talks.", "where was the press briefing?", "a press briefing", "Nordby")]
    [InlineData("Speaking at a press briefing in Nordby, the minister said the talks would resume.", "where did the minister say the talks would resume?", "a press briefing", "Nordby")]
    public void WhereASpeakerWas_IsNoAnswer_UnlessTheQuestionAsksOfWhatWasSaid(string text, string question, params string[] expected) =>
        Assert.Equal(expected, AnswerFacts.Locations(text, question));

    [Theory]
    [InlineData("The meeting was held at Norland's request and arranged by the two embassies.", "norland-vesta talks - where did they meet?")]
    [InlineData("The talks took place at Norland's invitation, officials said.", "where did the norland talks take place?")]
    public void APlaceTheQuestionNames_InTheFormOfWhoseItIs_IsNoAnswer(string text, string question) =>
        Assert.Empty(AnswerFacts.Locations(text, question));

    [Theory]
    [InlineData("Earlier, at a press conference after the vote, the minister said the plan would go ahead.", "a press conference")]
    [InlineData("This was confirmed by the envoy after his involvement in the closing segment of the 12th session of the River Council Assembly.", "the closing segment of the 12th session of the River Council Assembly")]
    [InlineData("She spoke on the sidelines of the summit in Oslo.", "the summit in Oslo")]
    [InlineData("Speaking at the Grand Hotel, the minister said talks would resume.", "the Grand Hotel")]
    [InlineData("The minister said talks would resume after the holidays.", null)]
    public void TheSettingOfWhatASentenceTells_IsTheOccasionOrVenueItNames(string text, string? setting) =>
        Assert.Equal(setting, AnswerFacts.Setting(text));
}
