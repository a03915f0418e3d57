using System.Globalization;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// How the hand-written mappings store what may be missing and what is a date: a missing value is BSON null, a day is
/// "yyyy-MM-dd" text, and an instant is a BSON date read back as UTC.
/// </summary>
internal static class BsonFields
{
    private const string DayFormat = "yyyy-MM-dd";

    public static BsonValue Optional(string? value) => value is null ? BsonValue.Null : value;

    public static BsonValue Optional(int? value) => value is { } v ? v : BsonValue.Null;

    public static BsonValue Day(DateOnly? day) => day is { } d ? DayText(d) : BsonValue.Null;

    /// <summary>A day as stored: text that sorts as the days do.</summary>
    public static string DayText(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string? AsOptionalString(this BsonValue value) => value.IsNull ? null : value.AsString;

    public static int? AsOptionalInt32(this BsonValue value) => value.IsNull ? null : value.AsInt32;

    public static DateOnly? AsDay(this BsonValue value) =>
        value.IsNull ? null : DateOnly.ParseExact(value.AsString, DayFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset AsUtc(this BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);
}
