using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyBot.Feeds.Html;

/// <summary>
/// Makes a parsed page safe to analyse before any extraction runs: scripts, styles, frames, embedded objects and
/// form controls are removed (a form's other content is kept: some sites wrap the whole page in one), event-handler and oversized attributes dropped, and anything nested deeper than
/// <see cref="MaxDepth"/> flattened to its text, so no later step recurses without bound. Every walk is iterative.
/// </summary>
internal static class HtmlSanitizer
{
    public const int MaxDepth = 128;
    public const int MaxAttributeLength = 2048;

    private static readonly string[] Removed =
        ["script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "link",
            "input", "button", "select", "textarea"];

    public static void Clean(IHtmlDocument document)
    {
        foreach (string tag in Removed)
        {
            foreach (IElement element in document.GetElementsByTagName(tag).ToList())
            {
                element.Remove();
            }
        }

        foreach (IElement form in document.GetElementsByTagName("form").ToList())
        {
            while (form.FirstChild is { } child)
            {
                form.Parent?.InsertBefore(child, form);
            }

            form.Remove();
        }

        if (document.DocumentElement is { } root)
        {
            Flatten(root);
            CleanAttributes(root);
        }
    }

    private static void Flatten(IElement root)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth >= MaxDepth)
            {
                string text = TextOf(element);
                while (element.FirstChild is { } child)
                {
                    element.RemoveChild(child);
                }

                element.TextContent = text;
                continue;
            }

            foreach (IElement child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    private static void CleanAttributes(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            IElement element = stack.Pop();
            foreach (IAttr attribute in element.Attributes.ToList())
            {
                if (attribute.Value.Length > MaxAttributeLength || attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (attribute.Name is "href" or "src" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                {
                    element.RemoveAttribute(attribute.Name);
                }
            }

            foreach (IElement child in element.Children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>An element's text, gathered without recursion.</summary>
    internal static string TextOf(INode node)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            INode current = stack.Pop();
            if (current.NodeType == NodeType.Text)
            {
                text.Append(current.TextContent);
                continue;
            }

            for (int i = current.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(current.ChildNodes[i]);
            }
        }

        return text.ToString();
    }
}
