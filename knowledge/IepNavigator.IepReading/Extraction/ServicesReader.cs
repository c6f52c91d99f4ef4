using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Documents;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Sections;
using IepNavigator.IepReading.Text;

namespace IepNavigator.IepReading.Extraction;

/// <summary>
/// The services: rows of a services table (columns found by their headers; a merged cell's value carried down), blocks
/// of "Service: ... Minutes: ... Frequency: ..." fields, and sentences that name a service and its minutes.
/// </summary>
internal static partial class ServicesReader
{
    private static readonly string[] Columns = ["service", "minutes", "frequency", "location", "provider", "start", "end"];
    private static readonly string[] Carried = ["service", "location", "provider", "start", "end"];

    private sealed class Row
    {
        public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);
        public List<string> Merged { get; } = [];
        public required SourceLocation At { get; init; }
        public bool Certain { get; set; } = true;
    }

    public static (List<ReadService> Services, List<UnsureItem> Unsure) Read(ReadingContext context)
    {
        var sections = context.Of(IepSection.Services).ToList();
        bool inSection = sections.Count > 0;
        var lines = inSection ? sections.SelectMany(s => s.Lines).ToList() : Enumerable.Range(0, context.Lines.Count).ToList();
        double penalty = inSection ? 0 : 0.15;
        var services = new List<ReadService>();
        var consumed = new HashSet<int>();

        for (int n = 0; n < lines.Count; n++)
        {
            int i = lines[n];
            if (consumed.Contains(i) || Header(context, i) is not { } columns)
            {
                continue;
            }
            consumed.Add(i);
            foreach (var row in TableRows(context, lines, n + 1, columns, consumed))
            {
                if (FromRow(context, row, 0.95 - penalty) is { } service)
                {
                    services.Add(service);
                }
            }
        }
        services.AddRange(FieldBlocks(context, lines, consumed, 0.9 - penalty));
        services.AddRange(Sentences(context, lines, consumed, 0.85 - penalty));

        var distinct = services
            .GroupBy(s => (Fold.Text(s.Name), s.Minutes, s.Frequency))
            .Select(g => g.First())
            .ToList();
        var unsure = new List<UnsureItem>();
        foreach (var service in distinct)
        {
            if (service.FromMergedCells.Count > 0 && service.Confidence < 0.9)
            {
                unsure.Add(new UnsureItem(IepSection.Services, "service-merged-cell", service.Name, service.At));
            }
            else if (service.Confidence < 0.7)
            {
                unsure.Add(new UnsureItem(IepSection.Services, "service-uncertain", service.Name, service.At));
            }
        }
        return (distinct, unsure);
    }

    /// <summary>The column of each header cell, when the line is a services table header (a service column and minutes or frequency, three kinds at least).</summary>
    private static List<(string Kind, double? X)>? Header(ReadingContext context, int i)
    {
        var line = context.Lines[i];
        if (line.Cells.Count(c => c.Length > 0) < 3)
        {
            return null;
        }
        var columns = line.Words is { } words && line.CellX is { } cellX ? WordColumns(context, words, cellX) : [];
        if (columns.Count == 0)
        {
            for (int c = 0; c < line.Cells.Count; c++)
            {
                columns.Add((ColumnKind(context, line.Cells[c]) ?? "", line.CellX?[c]));
            }
        }
        var kinds = columns.Select(c => c.Kind).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return kinds.Count >= 3 && kinds.Contains("service") && (kinds.Contains("minutes") || kinds.Contains("frequency")) ? columns : null;
    }

    /// <summary>
    /// Header columns from a PDF line's words: each cell is a column, and a cell whose words hold two headers
    /// ("Frequency Location", printed too close to split) is two, unless joined by "/" or "and" ("Minutes / Frequency").
    /// </summary>
    private static List<(string Kind, double? X)> WordColumns(ReadingContext context, IReadOnlyList<PlacedWord> words, IReadOnlyList<double> cellX)
    {
        var columns = new List<(string Kind, double? X)>();
        int cell = 0;
        for (int w = 0; w < words.Count; w++)
        {
            bool startsCell = cell < cellX.Count && Math.Abs(words[w].Left - cellX[cell]) < 0.5;
            if (startsCell)
            {
                cell++;
            }
            // A header does not run into the next cell.
            double cellEnd = cell < cellX.Count ? cellX[cell] - 0.5 : double.MaxValue;
            var rest = Fold.Text(string.Join(' ', words.Skip(w).TakeWhile(x => x.Left < cellEnd).Select(x => x.Text)));
            var (kind, length) = LabelAt(context, rest);
            bool joined = w > 0 && Connector().IsMatch(Fold.Text(words[w - 1].Text));
            if (startsCell || (kind is not null && !joined && columns.Count > 0 && columns[^1].Kind != kind))
            {
                columns.Add((kind ?? "", words[w].Left));
            }
            else if (kind is not null && columns.Count > 0 && columns[^1].Kind.Length == 0)
            {
                columns[^1] = (kind, columns[^1].X);
            }
            if (kind is not null)
            {
                // Skip the rest of this header's words ("Start Date" is one header).
                w += Math.Max(0, rest[..length].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1);
                cell = Math.Max(cell, cellX.Count(x => x <= words[Math.Min(w, words.Count - 1)].Left + 0.5));
            }
        }
        return columns;
    }

    private static (string? Kind, int Length) LabelAt(ReadingContext context, string folded)
    {
        string? best = null;
        int length = 0;
        foreach (var kind in Columns)
        {
            var match = CompiledVocabulary.Find(context.Words.AnchoredLabels[kind], folded);
            if (match.Success && match.Length > length)
            {
                best = kind;
                length = match.Length;
            }
        }
        return (best, length);
    }

    private static string? ColumnKind(ReadingContext context, string cell)
    {
        var folded = Fold.Text(cell);
        var (best, _) = LabelAt(context, folded);
        // A header cell is a label, not a sentence.
        return best is not null && folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 ? best : null;
    }

    private static IEnumerable<Row> TableRows(ReadingContext context, List<int> lines, int from, List<(string Kind, double? X)> columns, HashSet<int> consumed)
    {
        Row? row = null;
        Row? previous = null;
        bool word = context.Lines[lines[from - 1]].TableRow;
        for (int n = from; n < lines.Count; n++)
        {
            int i = lines[n];
            var line = context.Lines[i];
            if (SectionFinder.HeadingOf(context, i) is not null || Header(context, i) is not null || (word && !line.TableRow) || lines[n] != lines[from - 1] + (n - from + 1))
            {
                break;
            }
            var cells = Place(line, columns);
            if (cells is null)
            {
                break;
            }
            consumed.Add(i);
            bool startsRow = word || HasAmount(context, cells);
            if (!startsRow && row is not null)
            {
                foreach (var (kind, value) in cells)
                {
                    row.Cells[kind] = row.Cells.TryGetValue(kind, out var before) && before.Length > 0 ? before + " " + value : value;
                }
                continue;
            }
            if (row is not null)
            {
                yield return row;
                previous = row;
            }
            row = new Row { At = line.At };
            foreach (var (kind, value) in cells)
            {
                row.Cells[kind] = value;
            }
            if (previous is null)
            {
                continue;
            }
            // A merged cell: Word marks it; on a PDF page an empty cell under a filled one is read the same way, less surely.
            for (int c = 0; c < columns.Count; c++)
            {
                var kind = columns[c].Kind;
                if (!Carried.Contains(kind) || (row.Cells.TryGetValue(kind, out var v) && v.Length > 0))
                {
                    continue;
                }
                bool marked = line.MergedFromAbove.Contains(c);
                if ((marked || !word) && previous.Cells.TryGetValue(kind, out var above) && above.Length > 0)
                {
                    row.Cells[kind] = above;
                    row.Merged.Add(kind);
                    row.Certain &= marked;
                }
            }
        }
        if (row is not null)
        {
            yield return row;
        }
    }

    /// <summary>
    /// The line's text under its columns, or null when words run across a column edge (prose after the table). On a
    /// PDF page each word goes to the column whose header starts left of it; in a Word table cells are columns.
    /// </summary>
    private static List<(string Kind, string Value)>? Place(DocumentLine line, List<(string Kind, double? X)> columns)
    {
        var placed = new List<(string Kind, string Value)>();
        if (line.Words is { } words && columns[0].X is not null)
        {
            var texts = new string[columns.Count];
            foreach (var word in words)
            {
                int column = Math.Max(0, columns.FindLastIndex(col => col.X <= word.Left + 6));
                if (column + 1 < columns.Count && word.Right > columns[column + 1].X + 6)
                {
                    return null;
                }
                texts[column] = texts[column] is null ? word.Text : texts[column] + " " + word.Text;
            }
            for (int c = 0; c < columns.Count; c++)
            {
                if (texts[c] is { } text && columns[c].Kind.Length > 0)
                {
                    placed.Add((columns[c].Kind, text));
                }
            }
            return placed;
        }
        for (int c = 0; c < line.Cells.Count && c < columns.Count; c++)
        {
            if (line.Cells[c].Length > 0 && columns[c].Kind.Length > 0)
            {
                placed.Add((columns[c].Kind, line.Cells[c]));
            }
        }
        return placed;
    }

    private static bool HasAmount(ReadingContext context, List<(string Kind, string Value)> cells)
    {
        var minutes = cells.Where(c => c.Kind == "minutes").Select(c => c.Value).FirstOrDefault();
        if (minutes is not null)
        {
            return minutes.Any(char.IsDigit);
        }
        var frequency = cells.Where(c => c.Kind == "frequency").Select(c => Fold.Text(c.Value)).FirstOrDefault();
        return frequency is not null && (frequency.Any(char.IsDigit) || AmountText.Frequency(frequency, context.Words) is not null);
    }

    private static ReadService? FromRow(ReadingContext context, Row row, double confidence)
    {
        string Cell(string kind) => row.Cells.TryGetValue(kind, out var v) ? Fold.Spaces(v) : "";
        var name = Tidy(Cell("service"));
        if (name.Length == 0)
        {
            return null;
        }
        var whole = Fold.Text(string.Join(" ", row.Cells.Values));
        var minutes = AmountText.Minutes(Fold.Text(Cell("minutes")), context.Words, bareNumber: true)
            ?? AmountText.Minutes(Fold.Text(Cell("frequency")), context.Words)
            ?? AmountText.Minutes(whole, context.Words);
        var frequency = AmountText.Frequency(Fold.Text(Cell("frequency")), context.Words)
            ?? AmountText.Frequency(Fold.Text(Cell("minutes")), context.Words);
        var startDates = context.Dates.FindAll(Fold.Text(Cell("start"))).ToList();
        var endDate = context.Dates.First(Fold.Text(Cell("end")))?.Value ?? (startDates.Count > 1 ? startDates[1].Value : null);
        var kind = Kind(context, Fold.Text(name)) ?? "other";
        confidence -= kind == "other" ? 0.1 : 0;
        confidence -= minutes is null || frequency is null ? 0.2 : 0;
        confidence -= row.Certain ? 0 : 0.15;
        return new ReadService
        {
            Name = name,
            Kind = kind,
            Minutes = minutes,
            Frequency = frequency,
            Location = Empty(Tidy(Cell("location"))),
            Provider = Empty(Tidy(Cell("provider"))),
            StartDate = startDates.Count > 0 ? startDates[0].Value : null,
            EndDate = endDate,
            At = row.At,
            Confidence = Math.Round(confidence, 2),
            FromMergedCells = row.Merged,
        };
    }

    /// <summary>"Service: ...", then "Minutes: ...", "Frequency: ...", "Location: ..." fields until the next service.</summary>
    private static IEnumerable<ReadService> FieldBlocks(ReadingContext context, List<int> lines, HashSet<int> consumed, double confidence)
    {
        Row? row = null;
        foreach (int i in lines)
        {
            if (consumed.Contains(i))
            {
                continue;
            }
            var fields = Fields(context, i);
            if (fields.Count == 0)
            {
                if (row is not null && context.Lines[i].Text.Length > 0 && SectionFinder.HeadingOf(context, i) is not null)
                {
                    if (FromRow(context, row, confidence) is { } done)
                    {
                        yield return done;
                    }
                    row = null;
                }
                continue;
            }
            consumed.Add(i);
            foreach (var (kind, value) in fields)
            {
                if (kind == "service")
                {
                    if (row is not null && FromRow(context, row, confidence) is { } done)
                    {
                        yield return done;
                    }
                    row = new Row { At = context.Lines[i].At };
                }
                if (row is not null)
                {
                    row.Cells[kind] = row.Cells.TryGetValue(kind, out var before) && before.Length > 0 ? before + " " + value : value;
                }
            }
        }
        if (row is not null && FromRow(context, row, confidence) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Every "Label: value" of a service field on the line (several may share a line).</summary>
    private static List<(string Kind, string Value)> Fields(ReadingContext context, int i)
    {
        var folded = context.Folded[i];
        var text = context.Lines[i].Text;
        var hits = new List<(string Kind, int Index, int End)>();
        foreach (var kind in Columns)
        {
            foreach (Match match in CompiledVocabulary.FindAll(context.Words.Labels[kind], folded))
            {
                // A field label is followed by a colon (or the cell ends there) and starts a cell or follows a separator.
                int end = match.Index + match.Length;
                bool colon = end < folded.Length && folded[end] == ':';
                bool starts = match.Index == 0 || folded[..match.Index].TrimEnd().EndsWith('|') || folded[..match.Index].EndsWith("  ", StringComparison.Ordinal);
                if (colon || (starts && FieldEnd().IsMatch(folded[end..])))
                {
                    hits.Add((kind, match.Index, end));
                }
            }
        }
        hits = hits.OrderByDescending(h => h.End - h.Index).Aggregate(new List<(string Kind, int Index, int End)>(), (kept, h) =>
        {
            if (!kept.Any(k => h.Index < k.End && k.Index < h.End))
            {
                kept.Add(h);
            }
            return kept;
        }).OrderBy(h => h.Index).ToList();
        var fields = new List<(string Kind, string Value)>();
        for (int h = 0; h < hits.Count; h++)
        {
            int to = h + 1 < hits.Count ? hits[h + 1].Index : text.Length;
            var value = text[hits[h].End..to].Trim(' ', ':', '|', '-', ';');
            fields.Add((hits[h].Kind, value));
        }
        return fields;
    }

    /// <summary>Sentences that name a service and its minutes: "Eli will receive speech-language therapy for 30 minutes twice a week in the speech room."</summary>
    private static IEnumerable<ReadService> Sentences(ReadingContext context, List<int> lines, HashSet<int> consumed, double confidence)
    {
        var paragraph = new List<int>();
        foreach (int i in lines.Append(-1))
        {
            // A wrapped PDF line continues its sentence; a short line, a Word paragraph or a list item starts a new one.
            bool wrapped = paragraph.Count > 0 && context.Lines[paragraph[^1]].Text.Length >= context.WrapLength && context.Document.Format == IepFileFormat.Pdf;
            bool part = i >= 0 && wrapped && !consumed.Contains(i) && SectionFinder.HeadingOf(context, i) is null && !StartsItem(context.Lines[i].Text);
            if (part && paragraph.Count > 0)
            {
                paragraph.Add(i);
                continue;
            }
            foreach (var service in ReadParagraph(context, paragraph, confidence))
            {
                yield return service;
            }
            paragraph.Clear();
            if (i >= 0 && !consumed.Contains(i) && SectionFinder.HeadingOf(context, i) is null)
            {
                paragraph.Add(i);
            }
        }
    }

    private static IEnumerable<ReadService> ReadParagraph(ReadingContext context, List<int> paragraph, double confidence)
    {
        if (paragraph.Count == 0)
        {
            yield break;
        }
        var text = string.Join(" ", paragraph.Select(i => string.Join(", ", context.Lines[i].Cells.Where(c => c.Length > 0))));
        var offsets = new List<(int Offset, int Line)>();
        int at = 0;
        foreach (int i in paragraph)
        {
            offsets.Add((at, i));
            at += string.Join(", ", context.Lines[i].Cells.Where(c => c.Length > 0)).Length + 1;
        }
        int start = 0;
        foreach (var end in SentenceEnds(text).Append(text.Length))
        {
            var sentence = text[start..end];
            int line = offsets.LastOrDefault(o => o.Offset <= start).Line;
            start = end;
            var folded = Fold.Text(sentence);
            var minutes = AmountText.Minutes(folded, context.Words);
            var kindMatch = KindMatch(context, folded);
            if (minutes is null || kindMatch is null)
            {
                continue;
            }
            var (kind, match) = kindMatch.Value;
            var name = Capitalise(sentence.Substring(match.Index, match.Length));
            var subject = Subject().Match(folded, match.Index + match.Length);
            if (subject.Success)
            {
                name += " (" + sentence.Substring(subject.Groups["s"].Index, subject.Groups["s"].Length) + ")";
            }
            var frequency = AmountText.Frequency(folded, context.Words);
            var location = Pick(context.Words.Location, sentence, folded) ?? Segment(sentence, folded, context.Words.PlaceNouns);
            var provider = Pick(context.Words.Provider, sentence, folded) ?? Segment(sentence, folded, context.Words.ProviderNouns);
            var dates = context.Dates.FindAll(folded).ToList();
            var startDate = dates.FirstOrDefault(d => CompiledVocabulary.Find(context.Words.StartWords, folded[..d.Index]).Success);
            double sure = confidence - (frequency is null ? 0.2 : 0);
            yield return new ReadService
            {
                Name = name,
                Kind = kind,
                Minutes = minutes,
                Frequency = frequency,
                Location = location,
                Provider = provider,
                StartDate = startDate.Length > 0 ? startDate.Value : dates.Count > 0 ? dates[0].Value : null,
                EndDate = dates.Count > 1 ? dates[^1].Value : null,
                At = context.Lines[line].At,
                Confidence = Math.Round(sure, 2),
            };
        }
    }

    private static string? Pick(Regex regex, string sentence, string folded)
    {
        var match = CompiledVocabulary.Find(regex, folded);
        return match.Success ? Tidy(sentence.Substring(match.Groups["v"].Index, match.Groups["v"].Length)) : null;
    }

    /// <summary>In a list like "30 minutes, twice weekly, speech room, SLP", the comma-separated part that names a place or a person.</summary>
    private static string? Segment(string sentence, string folded, string nouns)
    {
        var regex = new Regex(@"(?<![\p{L}])(?:" + nouns + @")(?![\p{L}])", RegexOptions.CultureInvariant, CompiledVocabulary.Timeout);
        int start = 0;
        foreach (Match? separator in SegmentSeparator().Matches(folded).Cast<Match?>().Append(null))
        {
            int end = separator?.Index ?? folded.Length;
            var part = folded[start..end];
            if (CompiledVocabulary.Find(regex, part).Success && !part.Any(char.IsDigit) && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8)
            {
                return Tidy(sentence[start..end]);
            }
            start = separator is null ? folded.Length : separator.Index + separator.Length;
        }
        return null;
    }

    private static string? Kind(ReadingContext context, string folded) => KindMatch(context, folded)?.Kind;

    private static (string Kind, Match Match)? KindMatch(ReadingContext context, string folded)
    {
        (string Kind, Match Match)? best = null;
        foreach (var (kind, regex) in context.Words.ServiceKinds)
        {
            var match = CompiledVocabulary.Find(regex, folded);
            if (match.Success && (best is null || match.Index < best.Value.Match.Index || (match.Index == best.Value.Match.Index && match.Length > best.Value.Match.Length)))
            {
                best = (kind, match);
            }
        }
        return best;
    }

    private static IEnumerable<int> SentenceEnds(string text) =>
        SentenceEnd().Matches(text).Select(m => m.Index + 1);

    private static bool StartsItem(string text) => ItemStart().IsMatch(text);

    private static string Capitalise(string value) => value.Length == 0 ? value : char.ToUpper(value[0], CultureInfo.InvariantCulture) + value[1..];

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private static string Tidy(string value) => Fold.Spaces(value).Trim(' ', ',', ';', ':', '.', '-', '|', '–');

    [GeneratedRegex(@"^\s*(?:[:#-]|$)")]
    private static partial Regex FieldEnd();

    [GeneratedRegex(@"^(?:/|&|and|or|y|o)$|/$")]
    private static partial Regex Connector();

    [GeneratedRegex(@"[.;](?=\s+[\p{Lu}\d•\-*])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(?:[•\-*▪·]|\d{1,2}[.)]\s)")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@",|;|\s[-–—]\s")]
    private static partial Regex SegmentSeparator();

    [GeneratedRegex(@"\G\s+(?:in|en|for|para|de)\s+(?:the\s+areas?\s+of\s+|el\s+area\s+de\s+|la\s+|el\s+)?(?<s>reading|math(?:ematics)?|writing|written\s+expression|lectura|matematicas|escritura|language|social\s+skills)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();
}
