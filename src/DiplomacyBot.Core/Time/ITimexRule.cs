namespace DiplomacyBot.Core.Time;

/// <summary>One family of patterns (dates, durations, ...). Rules are stateless so a tagger can be shared across threads.</summary>
internal interface ITimexRule
{
    void Apply(TagContext context);
}
