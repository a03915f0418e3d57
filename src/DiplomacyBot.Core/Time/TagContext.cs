namespace DiplomacyBot.Core.Time;

/// <summary>Per-call state: the text, its reference date and the candidates the rules have proposed so far.</summary>
internal sealed class TagContext(string text, DateOnly? reference)
{
    public string Text { get; } = text;

    public DateOnly? Reference { get; } = reference;

    public List<TimexCandidate> Candidates { get; } = [];

    public void Add(int start, int end, TimexType type, string value, int priority = 5, DiscourseAnchor anchor = DiscourseAnchor.None) =>
        Add(new TimexCandidate(start, end, type, value, priority, anchor));

    public void Add(TimexCandidate candidate)
    {
        var (start, end) = (candidate.Start, candidate.End);
        // Patterns sometimes swallow trailing punctuation or spaces; trimming keeps spans comparable with gold data.
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] == ','))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        if (end > start)
        {
            Candidates.Add(candidate with { Start = start, End = end });
        }
    }

    public void Add(System.Text.RegularExpressions.Match match, TimexType type, string value, int priority = 5, DiscourseAnchor anchor = DiscourseAnchor.None) =>
        Add(match.Index, match.Index + match.Length, type, value, priority, anchor);

    public TenseDirection TenseAround(int start, int end) => TenseDetector.Detect(Text, start, end);
}
