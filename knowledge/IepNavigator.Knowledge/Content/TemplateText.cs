using System.Text;

namespace IepNavigator.Knowledge.Content;

/// <summary>Fills {name} placeholders in content sentences. Unknown names are left as written so tests catch them.</summary>
internal static class TemplateText
{
    public static string Fill(string template, Func<string, string?> valueOf)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            text.Append(valueOf(name) ?? template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return text.ToString();
    }
}
