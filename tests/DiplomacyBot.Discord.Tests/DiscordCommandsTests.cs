using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DiplomacyBot.Discord.Tests.Support;

namespace DiplomacyBot.Discord.Tests;

public sealed partial class DiscordCommandsTests
{
    [Theory]
    [InlineData("ask", "question", "When is the third round?", "ask When is the third round?")]
    [InlineData("sources", null, null, "sources")]
    [InlineData("latest", null, null, "latest")]
    [InlineData("help", null, null, "help")]
    public void ToText_Subcommands_BecomeTheChatCoresCommandText(string sub, string? option, string? value, string expected)
    {
        JsonObject interaction = option is null ? FakeDiscord.SlashCommand("1", "t", sub) : FakeDiscord.SlashCommand("1", "t", sub, (option, value!));
        Assert.Equal(expected, DiscordCommands.ToText(interaction["data"] as JsonObject));
    }

    [Fact]
    public void ToText_Timeline_KeepsTopicThenDates()
    {
        JsonObject interaction = FakeDiscord.SlashCommand("1", "t", "timeline", ("to", "2025-06"), ("topic", "Istanbul talks"), ("from", "2025-02-01"));
        string text = DiscordCommands.ToText(interaction["data"] as JsonObject)!;
        Assert.Equal("timeline Istanbul talks 2025-02-01 2025-06", text);
        var command = Core.Chat.ChatCommand.Parse(text);
        Assert.Equal("Istanbul talks", command.Topic);
        Assert.Equal(new DateOnly(2025, 2, 1), command.From);
    }

    [Fact]
    public void ToText_AnotherCommand_IsNull() =>
        Assert.Null(DiscordCommands.ToText(new JsonObject { ["name"] = "test" }));

    [Fact]
    public void Definitions_FollowDiscordsNamingAndCountRules()
    {
        JsonArray commands = DiscordCommands.Definitions();
        JsonObject diplo = Assert.IsType<JsonObject>(Assert.Single(commands));
        Assert.Equal("diplo", diplo["name"]!.ToString());
        var subs = diplo["options"]!.AsArray();
        Assert.Equal(["ask", "timeline", "sources", "latest", "help"], subs.Select(s => s!["name"]!.ToString()));
        foreach (JsonNode? option in subs.Concat(subs.SelectMany(s => s!["options"]!.AsArray())))
        {
            Assert.Matches(CommandName(), option!["name"]!.ToString());
            Assert.InRange(option["description"]!.ToString().Length, 1, 100);
            Assert.False(option["autocomplete"] is not null && option["choices"] is not null, "autocomplete and choices cannot go together");
        }

        Assert.True(subs.Count <= 25);
        Assert.True((bool)subs[1]!["options"]![0]!["autocomplete"]!);
    }

    [Fact]
    public void Focused_FindsTheOptionBeingTyped()
    {
        var data = new JsonObject
        {
            ["name"] = "diplo",
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["name"] = "timeline",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "topic", ["value"] = "Ist", ["focused"] = true }),
            }),
        };
        Assert.Equal(("topic", "Ist"), DiscordCommands.Focused(data));
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
