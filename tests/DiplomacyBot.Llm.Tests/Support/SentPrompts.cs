using System.Text.RegularExpressions;

namespace DiplomacyBot.Llm.Tests.Support;

/// <summary>Reads what the bot sent: which passage id a text was sent under.</summary>
public static partial class SentPrompts
{
    [GeneratedRegex(@"^\[(P\d+)\] article: (\S+)", RegexOptions.Multiline)]
    private static partial Regex PassageHeader();

    /// <summary>The id of the passage whose text contains <paramref name="text"/>.</summary>
    public static string PassageIdOf(string user, string text)
    {
        var headers = PassageHeader().Matches(user).ToList();
        for (int i = 0; i < headers.Count; i++)
        {
            int start = headers[i].Index;
            int end = i + 1 < headers.Count ? headers[i + 1].Index : user.Length;
            if (user[start..end].Contains(text, StringComparison.Ordinal))
            {
                return headers[i].Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"no passage sent contains \"{text}\"");
    }

    public static bool IsRewrite(ChatCall call) => call.System.Contains("search terms", StringComparison.Ordinal);
}
