using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Sections;

namespace IepNavigator.IepReading.Extraction;

/// <summary>What the front of an IEP says about the child and its dates.</summary>
internal sealed record DatesReading(IepDates Dates, DateOnly? BirthDate, int? StatedAge, string? ChildName);

/// <summary>
/// Dates by their labels (vocabulary.json "labels"): the date after the label on the same line, in the next cell,
/// or on the line below (a form with the label over its box, or a row of labels over a row of dates).
/// </summary>
internal static partial class DatesReader
{
    private static readonly string[] DateKinds = ["meeting", "annualReviewDue", "reevaluationDue", "lastEvaluation", "birthDate", "iepStart", "iepEnd", "iepDuration"];

    private sealed record LabelHit(string Kind, int Index, int Length)
    {
        public int End => Index + Length;
    }

    public static DatesReading Read(ReadingContext context)
    {
        var found = new Dictionary<string, ReadDate>(StringComparer.Ordinal);
        void Keep(string kind, ReadDate date)
        {
            if (!found.TryGetValue(kind, out var before) || date.Confidence > before.Confidence)
            {
                found[kind] = date;
            }
        }

        for (int i = 0; i < context.Lines.Count; i++)
        {
            var folded = context.Folded[i];
            // A date has digits: a line without any, whose next line has none either, holds no labelled date.
            if (!folded.Any(char.IsDigit) && (i + 1 >= context.Lines.Count || !context.Folded[i + 1].Any(char.IsDigit)))
            {
                continue;
            }
            var hits = Labels(context, folded, DateKinds);
            if (hits.Count == 0)
            {
                continue;
            }
            for (int h = 0; h < hits.Count; h++)
            {
                var hit = hits[h];
                // The value is after the label in its own cell, else in the next cell, else in the cell or line below.
                var (cellEnd, nextCellEnd) = CellEnds(context.Lines[i], hit.End);
                int to = Math.Min(h + 1 < hits.Count ? hits[h + 1].Index : folded.Length, cellEnd);
                var label = context.Lines[i].Text.Substring(hit.Index, hit.Length);
                var dates = context.Dates.FindAll(folded, hit.End, to).ToList();
                double confidence = 0.95;
                if (dates.Count == 0 && OnlyPunctuation(folded, hit.End, to) && nextCellEnd > cellEnd)
                {
                    dates = context.Dates.FindAll(folded, cellEnd, Math.Min(nextCellEnd, h + 1 < hits.Count ? hits[h + 1].Index : folded.Length)).ToList();
                }
                if (dates.Count == 0 && OnlyPunctuation(folded, hit.End, to))
                {
                    dates = Below(context, i, hit).ToList();
                    confidence = 0.8;
                }
                if (dates.Count == 0)
                {
                    continue;
                }
                var at = context.Lines[i].At;
                if (hit.Kind == "iepDuration")
                {
                    Keep("iepStart", Date(dates[0], label, at, confidence));
                    if (dates.Count > 1)
                    {
                        Keep("iepEnd", Date(dates[1], label, at, confidence));
                    }
                    continue;
                }
                Keep(hit.Kind, Date(dates[0], label, at, confidence));
            }
        }

        return new DatesReading(
            new IepDates
            {
                Meeting = found.GetValueOrDefault("meeting"),
                AnnualReviewDue = found.GetValueOrDefault("annualReviewDue"),
                ReevaluationDue = found.GetValueOrDefault("reevaluationDue"),
                LastEvaluation = found.GetValueOrDefault("lastEvaluation"),
                IepStart = found.GetValueOrDefault("iepStart"),
                IepEnd = found.GetValueOrDefault("iepEnd"),
            },
            found.GetValueOrDefault("birthDate")?.Value,
            StatedAge(context),
            ChildName(context));
    }

    private static ReadDate Date(Text.FoundDate date, string label, SourceLocation at, double confidence) =>
        new(date.Value, Tidy(label), at, date.Ambiguous ? Math.Min(confidence, 0.5) : confidence, date.Ambiguous);

    /// <summary>Every label of the given kinds on a folded line, longest first where two overlap, in line order.</summary>
    private static List<LabelHit> Labels(ReadingContext context, string folded, IEnumerable<string> kinds)
    {
        var hits = new List<LabelHit>();
        foreach (var kind in kinds)
        {
            foreach (Match match in CompiledVocabulary.FindAll(context.Words.Labels[kind], folded))
            {
                hits.Add(new LabelHit(kind, match.Index, match.Length));
            }
        }
        var kept = new List<LabelHit>();
        foreach (var hit in hits.OrderByDescending(h => h.Length))
        {
            if (!kept.Any(k => hit.Index < k.End && k.Index < hit.End))
            {
                kept.Add(hit);
            }
        }
        return kept.OrderBy(h => h.Index).ToList();
    }

    /// <summary>The date under a label: the cell below it in a row of dates, or the start of the next line.</summary>
    private static IEnumerable<Text.FoundDate> Below(ReadingContext context, int i, LabelHit hit)
    {
        if (i + 1 >= context.Lines.Count)
        {
            yield break;
        }
        var line = context.Lines[i];
        var next = context.Lines[i + 1];
        var nextFolded = context.Folded[i + 1];
        if (Labels(context, nextFolded, DateKinds).Count > 0 && next.Cells.Count == 1)
        {
            yield break;
        }
        if (line.Cells.Count > 1 && next.Cells.Count > 1)
        {
            int cell = CellAt(line, hit.Index);
            int under = Under(line, next, cell);
            if (under >= 0 && context.Dates.First(Text.Fold.Text(next.Cells[under])) is { } date)
            {
                yield return date;
            }
            yield break;
        }
        if (context.Dates.First(nextFolded) is { } first && first.Index <= 3)
        {
            yield return first;
        }
    }

    /// <summary>The end of the cell holding <paramref name="labelEnd"/>, and the end of the cell after it (or the same).</summary>
    private static (int CellEnd, int NextCellEnd) CellEnds(Documents.DocumentLine line, int labelEnd)
    {
        int at = 0;
        var spans = new List<(int Start, int End)>();
        foreach (var cell in line.Cells.Where(c => c.Length > 0))
        {
            spans.Add((at, at + cell.Length));
            at += cell.Length + 3;
        }
        for (int c = 0; c < spans.Count; c++)
        {
            if (labelEnd <= spans[c].End)
            {
                return (spans[c].End, c + 1 < spans.Count ? spans[c + 1].End : spans[c].End);
            }
        }
        return (line.Text.Length, line.Text.Length);
    }

    /// <summary>Which cell of the line holds the character at <paramref name="index"/> of its text (cells joined by " | ").</summary>
    private static int CellAt(Documents.DocumentLine line, int index)
    {
        int at = 0, cell = 0;
        for (int c = 0; c < line.Cells.Count; c++)
        {
            if (line.Cells[c].Length == 0)
            {
                continue;
            }
            if (index < at + line.Cells[c].Length)
            {
                return c;
            }
            at += line.Cells[c].Length + 3;
            cell = c;
        }
        return cell;
    }

    /// <summary>The cell of <paramref name="next"/> under cell <paramref name="cell"/> of <paramref name="line"/>: by position on a PDF page, by index in a table.</summary>
    private static int Under(Documents.DocumentLine line, Documents.DocumentLine next, int cell)
    {
        if (line.CellX is { } x && next.CellX is { } nx)
        {
            double left = x[cell], right = cell + 1 < x.Count ? x[cell + 1] : double.MaxValue;
            for (int c = 0; c < nx.Count; c++)
            {
                if (nx[c] >= left - 4 && nx[c] < right - 4)
                {
                    return c;
                }
            }
            return -1;
        }
        return cell < next.Cells.Count ? cell : -1;
    }

    private static bool OnlyPunctuation(string folded, int from, int to) =>
        folded.AsSpan(from, to - from).Trim(" :-#|_\t".AsSpan()).IsEmpty;

    private static int? StatedAge(ReadingContext context)
    {
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (!context.Folded[i].Any(char.IsDigit))
            {
                continue;
            }
            foreach (Match label in CompiledVocabulary.FindAll(context.Words.Labels["age"], context.Folded[i]))
            {
                var after = AgeValue().Match(context.Folded[i], label.Index + label.Length);
                if (after.Success && int.TryParse(after.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 2 and <= 22)
                {
                    return age;
                }
            }
        }
        return null;
    }

    /// <summary>The child's first name after a student label ("Student: Eli Martinez", "Name of student | Martinez, Eli").</summary>
    private static string? ChildName(ReadingContext context)
    {
        for (int i = 0; i < Math.Min(context.Lines.Count, 200); i++)
        {
            var line = context.Lines[i];
            for (int c = 0; c < line.Cells.Count; c++)
            {
                var cell = line.Cells[c];
                var label = CompiledVocabulary.Find(context.Words.AnchoredLabels["student"], Text.Fold.Text(cell));
                if (!label.Success)
                {
                    continue;
                }
                var rest = cell[label.Length..];
                if (!LabelEnd().IsMatch(rest))
                {
                    continue;
                }
                var value = rest.TrimStart(' ', ':', '#', '-').Trim();
                if (value.Length == 0 && c + 1 < line.Cells.Count && !IsLabel(context, line.Cells[c + 1]))
                {
                    value = line.Cells[c + 1];
                }
                else if (value.Length == 0 && i + 1 < context.Lines.Count && line.Cells.Count > 1 && context.Lines[i + 1].Cells.Count > 1
                    && Under(line, context.Lines[i + 1], c) is var under and >= 0 && under < context.Lines[i + 1].Cells.Count)
                {
                    // A row of labels over a row of values.
                    value = context.Lines[i + 1].Cells[under];
                }
                if (FirstName(value) is { } name)
                {
                    return name;
                }
            }
        }
        return null;
    }

    private static bool IsLabel(ReadingContext context, string cell)
    {
        var folded = Text.Fold.Text(cell);
        return context.Words.AnchoredLabels.Values.Any(label => CompiledVocabulary.Find(label, folded).Success);
    }

    private static string? FirstName(string value)
    {
        var name = value.Contains(',', StringComparison.Ordinal) ? value[(value.IndexOf(',', StringComparison.Ordinal) + 1)..] : value;
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && NameWord().IsMatch(first) ? first : null;
    }

    private static string Tidy(string label) => label.Trim(' ', ':', '|', '-');

    [GeneratedRegex(@"\G\s*[:#-]?\s*\|?\s*(\d{1,2})(?!\d|/)")]
    private static partial Regex AgeValue();

    [GeneratedRegex(@"^\s*(?:[:#-]|$)")]
    private static partial Regex LabelEnd();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'-]{1,19}$")]
    private static partial Regex NameWord();
}
