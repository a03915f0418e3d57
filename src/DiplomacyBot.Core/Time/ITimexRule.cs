namespace DiplomacyBot.Core.Time;

/// <summary>One family of patterns (dates, durations, ...). Rules are stateless so a tagger can be shared across threads.</summary>
internal interface ITimexRule
{
    /// <summary>
    /// Words at least one of which a text must hold for the rule to find anything in it: a cheap test the tagger makes
    /// before the rule's patterns run. Null when the rule always runs.
    /// </summary>
    System.Buffers.SearchValues<string>? Keywords => null;

    void Apply(TagContext context);
}
