namespace DiplomacyBot.Core.Time;

/// <summary>
/// Marks candidates whose value depends on an earlier expression in the same text rather than on the
/// reference date alone, so the tagger can revisit them once every candidate is known.
/// </summary>
internal enum DiscourseAnchor
{
    None,

    /// <summary>"a year ago", "year-earlier": in earnings reports these compare with the quarter just discussed.</summary>
    YearBeforeLastQuarter,

    /// <summary>"the quarter", "the latest period": refers back to the quarter under discussion.</summary>
    LastQuarter,

    /// <summary>
    /// "the latest quarter", "the most recent period": the last quarter discussed that has already ended, else the
    /// last completed quarter before the reference (the value's default).
    /// </summary>
    LatestQuarter,

    /// <summary>"the 1988 quarter": the quarter under discussion, in the year named (the value holds the year).</summary>
    QuarterOfNamedYear,

    /// <summary>
    /// "that year", "later that day", "the following month": the last date mentioned, moved by
    /// <see cref="TimexCandidate.AnchorOffset"/> units of <see cref="TimexCandidate.AnchorUnit"/>.
    /// </summary>
    LastMentionedDate,
}
