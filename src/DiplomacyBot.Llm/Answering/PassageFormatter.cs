using System.Globalization;
using System.Text;
using DiplomacyBot.Llm.Retrieval;

namespace DiplomacyBot.Llm.Answering;

/// <summary>How passages are shown to the model: id, article id, title, outlet and date from the store, then the text.</summary>
public static class PassageFormatter
{
    public static string Format(IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var text = new StringBuilder();
        foreach (Passage p in passages)
        {
            string published = p.Article.Published.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
            text.Append('[').Append(p.Id).Append("] article: ").Append(p.Article.Id)
                .Append(" | title: ").Append(OneLine(p.Article.Title))
                .Append(" | outlet: ").Append(OneLine(p.Article.Outlet ?? "unknown"))
                .Append(" | published: ").AppendLine(published);
            text.AppendLine(OneLine(p.Text));
            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
