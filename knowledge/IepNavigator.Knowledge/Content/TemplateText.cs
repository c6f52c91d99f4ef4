using System.Globalization;
using System.Runtime.CompilerServices;

namespace IepNavigator.Knowledge.Content;

/// <summary>Fills {name} placeholders in content sentences. Unknown names are left as written so tests catch them.</summary>
internal static class TemplateText
{
    /// <summary>The value of the placeholder <c>{name}</c>, or null to leave it as written.</summary>
    public delegate string? PlaceholderValue<TState>(TState state, ReadOnlySpan<char> name);

    public static string Fill(string template, Func<string, string?> valueOf) =>
        Fill(template, valueOf, static (valueOf, name) => valueOf(name.ToString()));

    /// <summary>
    /// <see cref="Fill(string, Func{string, string?})"/> for a caller on every advice: the state travels as an argument
    /// (no closure) and the name as a span of the template (no substring).
    /// </summary>
    public static string Fill<TState>(string template, TState state, PlaceholderValue<TState> valueOf)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        // Built on the stack (pooled if longer): only the finished sentence is allocated; every advice fills dozens.
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                text.AppendFormatted(template.AsSpan(i));
                break;
            }

            text.AppendFormatted(template.AsSpan(i, open - i));
            var name = template.AsSpan(open + 1, close - open - 1);
            text.AppendFormatted(valueOf(state, name) is { } value ? value.AsSpan() : template.AsSpan(open, close - open + 1));
            i = close + 1;
        }

        return text.ToStringAndClear();
    }
}
