namespace IepNavigator.Dialogs.Presentation;

/// <summary>
/// Splits a message text that is too long for one chat message into parts that each end where a reader would pause:
/// at a blank line, else a line break, else the end of a sentence. Only a single sentence longer than the limit (never
/// in our content; possible in a pasted goal quoted back) is cut at a clause or, last, between words; a word is never cut.
/// Markdown survives: a cut never falls inside **bold**, and a quoted line ("&gt; ...") cut in two stays quoted.
/// Pure: no channel, no activity (see <see cref="ReplySplitter"/>).
/// </summary>
public static class MessageSplitter
{
    /// <summary>Words that end with a full stop without ending a sentence (English and Spanish), compared without the stop.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "sr", "sra", "srta", "dra", "lic", "prof", "núm", "num", "nro", "art", "p", "pp",
        "e.g", "i.e", "etc", "vs", "approx", "aprox", "ej", "p. ej", "u.s", "ee", "uu", "ee. uu", "a.m", "p.m", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr", "dic", "gr", "min", "wk", "wks", "cf",
    };

    private enum Cut
    {
        Word = 0,
        Clause = 1,
        Sentence = 2,
        Line = 3,
        Paragraph = 4,
    }

    /// <summary>
    /// <paramref name="text"/> in parts of at most <paramref name="limit"/> characters (a part is longer only when one
    /// word is). Joined with line breaks or spaces, the parts read as the text did: nothing is dropped or reordered.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 20);
        text = text.Trim();
        if (text.Length <= limit)
        {
            return text.Length == 0 ? [] : [text];
        }
        var cuts = Cuts(text);
        var parts = new List<string>();
        int start = 0;
        string carry = "";
        while (start < text.Length)
        {
            int room = limit - carry.Length;
            if (text.Length - start <= room)
            {
                parts.Add(carry + text[start..].Trim());
                break;
            }
            int end = Choose(cuts, start, start + room, text.Length);
            parts.Add(carry + text[start..end].Trim());
            // A quoted line cut in two: its second half is quoted too.
            carry = QuotePrefix(text, end);
            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
        return [.. parts.Where(p => p.Length > 0)];
    }

    /// <summary>The sentences of <paramref name="text"/> (a line break also ends one), as [start, end) spans, for tests and callers that pack sentences.</summary>
    public static IReadOnlyList<Range> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ends = Cuts(text).Where(c => c.Kind >= Cut.Sentence).Select(c => c.At).Append(text.Length).Distinct().Order().ToList();
        var spans = new List<Range>();
        int start = 0;
        foreach (var end in ends)
        {
            var (from, to) = Trimmed(text, start, end);
            if (to > from)
            {
                spans.Add(from..to);
            }
            start = end;
        }
        return spans;
    }

    /// <summary>The furthest cut of the strongest kind in the last 60% of the room; a weaker kind only when no stronger fits.</summary>
    private static int Choose(List<(int At, Cut Kind)> cuts, int start, int max, int length)
    {
        int floor = start + (max - start) * 2 / 5;
        for (var kind = Cut.Paragraph; kind >= Cut.Sentence; kind--)
        {
            var found = Furthest(cuts, floor, max, kind);
            if (found > 0)
            {
                return found;
            }
        }
        for (var kind = Cut.Sentence; kind >= Cut.Word; kind--)
        {
            var found = Furthest(cuts, start + 1, max, kind);
            if (found > 0)
            {
                return found;
            }
        }
        // One word longer than the room: it goes whole into a part of its own.
        var next = cuts.FirstOrDefault(c => c.At > start).At;
        return next > start ? next : length;
    }

    private static int Furthest(List<(int At, Cut Kind)> cuts, int from, int to, Cut atLeast)
    {
        for (var i = cuts.Count - 1; i >= 0; i--)
        {
            var (at, kind) = cuts[i];
            if (at <= to && at >= from && kind >= atLeast)
            {
                return at;
            }
            if (at < from)
            {
                break;
            }
        }
        return 0;
    }

    /// <summary>Every place the text may be cut (the index where the next part starts), in order, with how strong a pause it is.</summary>
    private static List<(int At, Cut Kind)> Cuts(string text)
    {
        var cuts = new List<(int At, Cut Kind)>();
        bool bold = false;
        for (var i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                bold = !bold;
                i++;
                continue;
            }
            if (c == '\n')
            {
                int j = i;
                while (j < text.Length && text[j] is '\n' or '\r' or ' ' or '\t')
                {
                    j++;
                }
                bool paragraph = text.AsSpan(i, j - i).Count('\n') > 1;
                if (!bold && j < text.Length)
                {
                    cuts.Add((j, paragraph ? Cut.Paragraph : Cut.Line));
                }
                i = j - 1;
                continue;
            }
            if (!char.IsWhiteSpace(c) || bold)
            {
                continue;
            }
            int next = i;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }
            if (next >= text.Length || text[next] is '\n' or '\r')
            {
                continue;
            }
            cuts.Add((next, PauseBefore(text, i, next)));
            i = next - 1;
        }
        return cuts;
    }

    /// <summary>How strong a pause the space at <paramref name="space"/> is: after a sentence, a clause, or just a word.</summary>
    private static Cut PauseBefore(string text, int space, int next)
    {
        int end = space - 1;
        // Closing marks after the stop: quotes, brackets, emphasis ("...now." said she, (see above.) **Done.**).
        while (end >= 0 && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '*' or '_' or '»')
        {
            end--;
        }
        if (end < 0)
        {
            return Cut.Word;
        }
        char stop = text[end];
        if (stop is '!' or '?' or '…')
        {
            return Cut.Sentence;
        }
        if (stop == '.')
        {
            // "... 3 p.m. on" and "e.g. the" continue a sentence; so does any stop before a lower-case word.
            return StartsLower(text, next) || IsAbbreviation(text, end) ? Cut.Word : Cut.Sentence;
        }
        return stop is ';' or ',' or ':' or '—' or '–' ? Cut.Clause : Cut.Word;
    }

    private static bool StartsLower(string text, int at)
    {
        while (at < text.Length && text[at] is '"' or '\'' or '“' or '‘' or '(' or '[' or '*' or '_' or '¿' or '¡' or '«')
        {
            at++;
        }
        return at < text.Length && char.IsLower(text[at]);
    }

    private static bool IsAbbreviation(string text, int stop)
    {
        int from = stop;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '.' || (text[from - 1] == ' ' && from > 1 && text[from - 2] == '.')))
        {
            from--;
        }
        var word = text[from..stop].Trim();
        if (word.Length == 0)
        {
            return false;
        }
        // A single capital ("J. Smith") is an initial.
        return Abbreviations.Contains(word) || Abbreviations.Contains(LastWord(word)) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static string LastWord(string word)
    {
        int space = word.LastIndexOf(' ');
        return space < 0 ? word : word[(space + 1)..];
    }

    /// <summary>"&gt; " when the cut at <paramref name="at"/> falls inside a quoted line, so the rest of that line stays quoted.</summary>
    private static string QuotePrefix(string text, int at)
    {
        if (at >= text.Length || IsLineStart(text, at))
        {
            return "";
        }
        int lineStart = text.LastIndexOf('\n', at - 1) + 1;
        return text.AsSpan(lineStart).StartsWith("> ") ? "> " : "";
    }

    private static bool IsLineStart(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\r')
        {
            i--;
        }
        return i < 0 || text[i] == '\n';
    }

    private static (int From, int To) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return (from, to);
    }
}
