namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>
/// The parts of a TimeML file a temporal tagger is scored on: the plain text of &lt;TEXT&gt; with all markup removed,
/// the document creation time and the gold TIMEX3 annotations inside &lt;TEXT&gt;.
/// </summary>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationDate, IReadOnlyList<GoldTimex> Timexes);
