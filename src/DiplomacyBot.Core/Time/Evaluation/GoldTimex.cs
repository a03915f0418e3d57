namespace DiplomacyBot.Core.Time.Evaluation;

/// <summary>An annotated TIMEX3 from a TimeML file; offsets index <see cref="TimeMlDocument.Text"/>, End exclusive.</summary>
public sealed record GoldTimex(int Start, int End, string Text, TimexType Type, string Value);
