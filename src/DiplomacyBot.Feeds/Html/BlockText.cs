using System.Text;
using AngleSharp.Dom;

namespace DiplomacyBot.Feeds.Html;

/// <summary>
/// The readable text of an HTML fragment, one paragraph per line: block elements (paragraphs, headings, list items,
/// quotes) end a line, <c>&lt;br&gt;</c> breaks one, runs of white space read as one space. Captions are dropped.
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "hr", "address",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "figcaption", "button", "nav", "select", "option" };

    public static IReadOnlyList<string> Paragraphs(INode root)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                string tag = element.LocalName;
                if (exit)
                {
                    if (Blocks.Contains(tag))
                    {
                        Break(lines, line);
                    }

                    continue;
                }

                if (Skipped.Contains(tag))
                {
                    continue;
                }

                if (tag.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    Break(lines, line);
                    continue;
                }

                if (Blocks.Contains(tag))
                {
                    Break(lines, line);
                }

                stack.Push((node, true));
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((node.ChildNodes[i], false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendText(line, node.TextContent);
            }
            else if (!exit && node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((node.ChildNodes[i], false));
                }
            }
        }

        Break(lines, line);
        return lines;
    }

    private static void AppendText(StringBuilder line, string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                line.Append(c);
            }
        }
    }

    private static void Break(List<string> lines, StringBuilder line)
    {
        string text = line.ToString().Trim();
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        line.Clear();
    }
}
