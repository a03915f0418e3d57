using System.Text.RegularExpressions;

namespace DiplomacyBot.Core.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "Did ...?": the sentence that bears on it, focused on the subject asked about; "did they set a date?" must be
    /// answered by a sentence that states one, and "did the board sell the yard?" by passages that speak of the selling
    /// or of a decision on it.
    /// </summary>
    private Answer AnswerYesNo(AnswerDraft draft)
    {
        return Unstated(draft) ?? DeedUnnamed(draft) ?? FocusedFinish(draft);
    }

    /// <summary>
    /// Asked plainly whether a deed was done ("did the board approve the sale?"), the passages to quote must speak of
    /// that deed, in any of its forms or in a word that stands for it, or of a decision, a vote, an agreement, a calling
    /// off, a putting off or how the matter stands. Passages that speak of none of these ("the board met on Monday to
    /// discuss the sale") say neither yes nor no: the answer says the articles don't say whether it was done, and shows
    /// them as the closest. A question open to whatever came of it ("did the summit change anything?", "did the envoy
    /// come up at all?") is answered by what did, in any words; one whether it was done yet, or in fact, is left to the
    /// reading of what is still to come.
    /// </summary>
    private Answer? DeedUnnamed(AnswerDraft draft)
    {
        AnalyzedQuestion question = draft.Analyzed;
        if (!AsksPlainlyDone(question) || question.AsksYet || question.StressesDone || question.Deed is not { } deed || OpenAsked().IsMatch(question.Text))
        {
            return null;
        }

        string named = DeedNamed(question);
        Regex done = DoneDeed(question, DeedStem(question));
        // A phrasal deed ("get the buildings back") is named by its particle a few words after a past form of another
        // verb ("handed the four buildings back").
        string? particle = question.DeedGroup is >= 0 and var g && question.Groups[g].Key.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, .., var last]
            ? @"\b\p{L}+(?:ed|en)\b(?:\s+[\p{L}'’-]+){0,4}?\s+" + Regex.Escape(last) + @"\b" : null;
        var quoted = draft.Ranked.Take(options.MaxQuotes).ToList();
        if (quoted.Any(s => s.Sentence.TextOf(s.Article) is var text
            && (Regex.IsMatch(text, named, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) || done.IsMatch(text)
                || (particle is not null && Regex.IsMatch(text, particle, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                || Decided().IsMatch(text) || Agreement().IsMatch(text) || CalledOff().IsMatch(text) || VotedOn().IsMatch(text)
                || Standing().IsMatch(text) || PutOff().IsMatch(text))))
        {
            return null;
        }

        return new Answer(draft.Question, $"The stored articles don't say whether it was done (\"{deed}\"). These are the closest passages I found:", true, Cite(quoted));
    }

    /// <summary>"voted to end", "voted against": a decision taken by a vote.</summary>
    [GeneratedRegex(@"\bvoted\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotedOn();

    /// <summary>"anything", "something", "at all": a question open to whatever came of it.</summary>
    [GeneratedRegex(@"\b(?:anything|something|at\s+all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenAsked();
}
