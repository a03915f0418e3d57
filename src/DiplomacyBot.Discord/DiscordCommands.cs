namespace DiplomacyBot.Discord;

/// <summary>
/// The <c>/diplo</c> slash command (ask, timeline, sources, latest, help as subcommands) as registered with a bulk
/// overwrite, and its translation back into the chat core's command text.
/// </summary>
public static class DiscordCommands
{
    public const string Name = "diplo";
    public const int MaxChoices = 25;
    public const int MaxChoiceLength = 100;

    private const int SubCommand = 1;
    private const int StringOption = 3;
    private static readonly string[] TimelineOptions = ["topic", "from", "to"];
    private static readonly string[] AskOptions = ["question"];

    public static JsonArray Definitions() => new(
        new JsonObject
        {
            ["name"] = Name,
            ["type"] = 1,
            ["description"] = "Answers about the talks from stored news articles, with dated verbatim quotes",
            ["options"] = new JsonArray(
                Sub("ask", "Ask a question", Option("question", "What you want to know", required: true, maxLength: 1000)),
                Sub(
                    "timeline",
                    "Dated events, with a chart",
                    Option("topic", "A place or subject (e.g. Istanbul)", autocomplete: true),
                    Option("from", "From date: YYYY, YYYY-MM or YYYY-MM-DD"),
                    Option("to", "To date: YYYY, YYYY-MM or YYYY-MM-DD")),
                Sub("sources", "The stored articles"),
                Sub("latest", "The newest articles"),
                Sub("help", "What the bot can do")),
        });

    /// <summary>The chat core's command text for an APPLICATION_COMMAND interaction's data, or null when it is not <c>/diplo</c>.</summary>
    public static string? ToText(JsonObject? data)
    {
        if (data is null || (string?)data["name"] != Name)
        {
            return null;
        }

        JsonObject? sub = (data["options"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(o => (int?)o["type"] == SubCommand);
        string verb = (string?)sub?["name"] ?? "help";
        var text = new StringBuilder(verb);
        foreach (string option in verb == "timeline" ? TimelineOptions : AskOptions)
        {
            if (Value(sub, option) is { Length: > 0 } value)
            {
                text.Append(' ').Append(value);
            }
        }

        return verb is "ask" or "timeline" or "sources" or "latest" or "help" ? text.ToString() : "help";
    }

    /// <summary>The focused option of an AUTOCOMPLETE interaction: (name, partial value).</summary>
    public static (string Name, string Value)? Focused(JsonObject? data)
    {
        foreach (JsonObject option in Flatten(data?["options"] as JsonArray))
        {
            if ((bool?)option["focused"] == true)
            {
                return ((string?)option["name"] ?? string.Empty, option["value"]?.ToString() ?? string.Empty);
            }
        }

        return null;
    }

    private static IEnumerable<JsonObject> Flatten(JsonArray? options)
    {
        foreach (JsonObject option in options?.OfType<JsonObject>() ?? [])
        {
            yield return option;
            foreach (JsonObject inner in Flatten(option["options"] as JsonArray))
            {
                yield return inner;
            }
        }
    }

    private static string? Value(JsonObject? sub, string name) =>
        (sub?["options"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(o => (string?)o["name"] == name)?["value"]?.ToString()?.Trim();

    private static JsonObject Sub(string name, string description, params JsonObject[] options) => new()
    {
        ["type"] = SubCommand,
        ["name"] = name,
        ["description"] = description,
        ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
    };

    private static JsonObject Option(string name, string description, bool required = false, bool autocomplete = false, int? maxLength = null)
    {
        var option = new JsonObject
        {
            ["type"] = StringOption,
            ["name"] = name,
            ["description"] = description,
            ["required"] = required,
        };
        if (autocomplete)
        {
            option["autocomplete"] = true;
        }

        if (maxLength is { } max)
        {
            option["max_length"] = max;
        }

        return option;
    }
}
