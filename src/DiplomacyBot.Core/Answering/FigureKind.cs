namespace DiplomacyBot.Core.Answering;

/// <summary>What kind of figure a "how many/much ...?" question asks for, when it says.</summary>
public enum FigureKind
{
    /// <summary>"What percentage ...?", "by what % ...?": a share, given in per cent.</summary>
    Percentage,

    /// <summary>"How much did they pay ...?", "how much will it cost?": a sum of money.</summary>
    Money,

    /// <summary>"What pay rise ...?", "what size cut ...?": a change in an amount, given as a share or a sum of money.</summary>
    Change,

    /// <summary>"How many replacement workers ...?": a count of things, not a sum of money or a share.</summary>
    Count,

    /// <summary>"How many tonnes ...?", "how many bales ...?": a quantity in a unit of measure, not a sum of money or a share.</summary>
    Measure,
}
