using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.Goals.Checking;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Sections;
using IepNavigator.IepReading.Text;

namespace IepNavigator.IepReading.Extraction;

/// <summary>
/// The annual goals: each block from a goal heading ("Annual Goal 2", "Meta anual 2") to the next, or, in a goals
/// section without headings, each goal the goal checker finds. English goals go through the goal checker
/// (knowledge/IepNavigator.Goals); the form's own "Baseline:" and "Measured by: ☒ ..." fields count too.
/// </summary>
internal static partial class GoalsReader
{
    /// <summary>Sections that end a goal block; progress-reporting fields sit inside goal blocks on many forms.</summary>
    private static readonly IepSection?[] Enders = [IepSection.PresentLevels, IepSection.Services, IepSection.Accommodations, IepSection.Transition, null];

    /// <summary>Lines [Start, End) of one goal; <see cref="Row"/> holds a table row's cells when they were assembled from several PDF lines.</summary>
    private sealed record Block(int Start, int End, bool Headed, string? HeadingRest, IReadOnlyList<string>? Row = null);

    public static (List<ReadGoal> Goals, List<UnsureItem> Unsure) Read(ReadingContext context, GoalChecker checker)
    {
        var goals = new List<ReadGoal>();
        var unsure = new List<UnsureItem>();
        foreach (var block in Blocks(context))
        {
            foreach (var goal in ReadBlock(context, checker, block, goals.Count + 1))
            {
                goals.Add(goal);
                if (goal.Confidence < 0.7)
                {
                    unsure.Add(new UnsureItem(IepSection.Goals, "goal-uncertain", goal.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), goal.At));
                }
            }
        }
        return (goals, unsure);
    }

    private static List<Block> Blocks(ReadingContext context)
    {
        var headings = new List<(int Line, string After)>();
        bool anyGoalsSection = context.Of(IepSection.Goals).Any();
        int firstGoals = anyGoalsSection ? context.Of(IepSection.Goals).First().Start : 0;
        for (int i = 0; i < context.Lines.Count; i++)
        {
            var section = SectionOf(context, i);
            if (i < firstGoals || section is IepSection.Transition or IepSection.Services or IepSection.Accommodations)
            {
                continue;
            }
            var cell = Fold.Text(context.Lines[i].Cells[0]).TrimStart(' ', '-', '*', '•', '·', '▪');
            var match = CompiledVocabulary.Find(context.Words.GoalHeading, cell);
            if (match.Success)
            {
                var original = context.Lines[i].Text;
                int cut = context.Lines[i].Cells[0].Length - cell.Length + match.Length;
                headings.Add((i, cut < original.Length ? original[cut..].Trim(' ', ':', '.', '-', '|', ')') : ""));
            }
        }
        var blocks = new List<Block>();
        if (headings.Count > 0)
        {
            for (int h = 0; h < headings.Count; h++)
            {
                int start = headings[h].Line;
                int end = h + 1 < headings.Count ? headings[h + 1].Line : context.Lines.Count;
                var stop = context.Sections.FirstOrDefault(s => s.Start > start && s.Start < end && Enders.Contains(s.Kind));
                blocks.Add(new Block(start, stop?.Start ?? end, true, headings[h].After));
            }
            return blocks;
        }
        // A goals table without "Goal 1" headings: each row that holds a goal statement is one goal.
        var rows = context.Of(IepSection.Goals).SelectMany(s => s.Lines)
            .Where(i => context.Lines[i].Cells.Count(c => c.Length > 0) > 1 && StatementCell(context.Lines[i]) >= 0).ToList();
        if (rows.Count > 0)
        {
            return PdfRows(context, rows) ?? rows.Select(i => new Block(i, i + 1, true, null)).ToList();
        }
        return context.Of(IepSection.Goals).Select(s => new Block(s.Start + 1, s.End, false, null)).Where(b => b.End > b.Start).ToList();
    }

    private static IepSection? SectionOf(ReadingContext context, int line) =>
        context.Sections.LastOrDefault(s => s.Start <= line)?.Kind;

    private static IEnumerable<ReadGoal> ReadBlock(ReadingContext context, GoalChecker checker, Block block, int number)
    {
        // Each cell of a table row on its own line, so "Goal | Eli will..." reads as a heading and a goal.
        var text = new StringBuilder();
        var starts = new List<(int Offset, int Line)>();
        var labelled = new List<(string Kind, string Value, int Line)>();
        string? rowArea = null;
        for (int i = block.Start; i < block.End; i++)
        {
            if (block.Row is not null && i > block.Start)
            {
                break;
            }
            var line = block.Row is { } row ? new Documents.DocumentLine { Cells = row, At = context.Lines[i].At } : context.Lines[i];
            var cells = line.Cells.Where(c => c.Length > 0).ToList();
            int statement = cells.Count > 1 ? StatementCell(line) : -1;
            if (statement >= 0)
            {
                // A table row: the cells before the goal (number, area) stand apart; the goal and the cells after it
                // (how it is measured) read as one text, so the checker sees the measure with the goal.
                for (int c = 0; c < cells.Count; c++)
                {
                    starts.Add((text.Length, i));
                    if (c < statement)
                    {
                        text.Append(cells[c]).Append("\n\n");
                        rowArea ??= cells[c].Split(' ').Length <= 3 && !cells[c].Any(char.IsDigit) ? cells[c] : null;
                    }
                    else
                    {
                        text.Append(cells[c]).Append(c + 1 < cells.Count ? " " : "\n\n");
                    }
                }
                continue;
            }
            // The heading and the form's fields ("Baseline: ...") stand apart, so the checker reads them as the goal's
            // context (a baseline still counts) and the goal's text starts at its own words.
            bool areaHeading = block.Headed && i == block.Start && block.HeadingRest is { } headingRest
                && !headingRest.Any(char.IsDigit) && headingRest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !headingRest.Contains(" will ", StringComparison.OrdinalIgnoreCase);
            bool apart = areaHeading || FormField(context, i) is not null;
            if (apart && text.Length > 0)
            {
                text.Append('\n');
            }
            foreach (var cell in cells)
            {
                starts.Add((text.Length, i));
                text.Append(cell).Append('\n');
            }
            if (apart)
            {
                text.Append('\n');
            }
            if (FormField(context, i) is { } field)
            {
                labelled.Add((field.Kind, field.Value, i));
            }
        }
        // A goals table with a "How progress will be measured" column: that cell of the goal's row is its measure.
        if (MeasureColumn(context, block.Start) is { } column)
        {
            foreach (int i in Enumerable.Range(block.Start, block.End - block.Start).Where(i => context.Lines[i].TableRow && column < context.Lines[i].Cells.Count))
            {
                var cell = context.Lines[i].Cells[column];
                if (cell.Length > 0 && !Checkboxes.NoneTicked(cell, context.Words))
                {
                    labelled.Add(("measurement", Checkboxes.KeepChecked(cell, context.Words).Trim(' ', ';'), i));
                }
            }
        }
        var blockText = text.ToString();
        var language = ReadingContext.LanguageOf(Enumerable.Range(block.Start, block.End - block.Start).Select(i => context.Folded[i]), context.Words);
        var baselineField = labelled.FirstOrDefault(l => l.Kind == "baseline" && l.Value.Any(char.IsDigit));
        var measureField = labelled.FirstOrDefault(l => l.Kind == "measurement" && l.Value.Length > 0);
        var areaField = labelled.FirstOrDefault(l => l.Kind == "area" && l.Value.Length > 0);
        var area = areaField.Value ?? rowArea ?? (block.HeadingRest is { Length: > 0 } rest && rest.Split(' ').Length <= 6 && !rest.Contains(" will ", StringComparison.OrdinalIgnoreCase) && !rest.Any(char.IsDigit) ? rest : null);
        bool spansPages = context.Lines[block.Start].At.Page != context.Lines[block.End - 1].At.Page;

        if (language != "en")
        {
            var statement = SpanishStatement(context, block, labelled.Select(l => l.Line).ToHashSet());
            if (statement is null)
            {
                yield break;
            }
            yield return new ReadGoal
            {
                Number = number,
                Text = statement.Value.Text,
                Area = area,
                At = context.Lines[statement.Value.Line].At,
                Confidence = block.Headed ? 0.8 : 0.6,
                Check = null,
                Measurable = null,
                HasBaseline = baselineField.Value is not null,
                HasCriterion = Criterion().IsMatch(statement.Value.Text),
                HasMeasure = measureField.Value is not null,
                MeasureFromForm = measureField.Value,
                Language = language,
            };
            yield break;
        }

        var result = checker.Check(blockText);
        var annual = result.Goals.Where(g => g.Kind == GoalKind.AnnualGoal).ToList();
        if (annual.Count == 0)
        {
            yield break;
        }
        // Under one heading the first goal statement is the goal; later ones are its objectives or benchmarks.
        var taken = block.Headed ? [annual[0]] : annual;
        foreach (var goal in taken)
        {
            int line = starts.LastOrDefault(s => s.Offset <= goal.Start).Line;
            bool hasMeasure = goal.Has(GoalPart.Measurement) || measureField.Value is not null;
            bool hasBaseline = goal.Has(GoalPart.Baseline) || baselineField.Value is not null;
            var missingRequired = goal.Missing.Select(m => m.Part).Where(p => p is GoalPart.Skill or GoalPart.Criterion or GoalPart.Measurement or GoalPart.Timeframe).ToList();
            bool measurable = goal.Measurable || (missingRequired.Count == 1 && missingRequired[0] == GoalPart.Measurement && measureField.Value is not null);
            var objectives = block.Headed
                ? result.Goals.Where(g => g != goal).Select(g => g.Text).ToList()
                : result.Goals.SkipWhile(g => g != goal).Skip(1).TakeWhile(g => g.Kind == GoalKind.Objective).Select(g => g.Text).ToList();
            double confidence = block.Headed ? 0.95 : 0.65;
            confidence -= spansPages ? 0.05 : 0;
            yield return new ReadGoal
            {
                Number = number++,
                Text = goal.Text,
                Area = area,
                At = context.Lines[line].At,
                Confidence = Math.Round(confidence, 2),
                Check = goal,
                Measurable = measurable,
                HasBaseline = hasBaseline,
                HasCriterion = goal.Has(GoalPart.Criterion),
                HasMeasure = hasMeasure,
                MeasureFromForm = measureField.Value,
                Objectives = objectives,
                Language = language,
            };
        }
    }

    /// <summary>
    /// A PDF goals table: each row from the line where its first column has text to the next, words placed under the
    /// header's columns (a goal wraps over lines within its cell). Null when the lines are not on a PDF page.
    /// </summary>
    private static List<Block>? PdfRows(ReadingContext context, List<int> rows)
    {
        int first = rows[0];
        int header = first - 1;
        if (header < 0 || context.Lines[header].CellX is not { Count: > 1 } columns || context.Lines[first].Words is null)
        {
            return null;
        }
        var blocks = new List<Block>();
        var section = context.Sections.Last(s => s.Start <= first);
        int start = -1;
        string[]? cells = null;
        int i = first;
        for (; i < section.End; i++)
        {
            var words = context.Lines[i].Words;
            if (words is null || SectionFinder.HeadingOf(context, i) is not null)
            {
                break;
            }
            var placed = new string[columns.Count];
            foreach (var word in words)
            {
                int column = Math.Max(0, columns.ToList().FindLastIndex(x => x <= word.Left + 6));
                placed[column] = placed[column] is null ? word.Text : placed[column] + " " + word.Text;
            }
            if (placed[0] is not null || cells is null)
            {
                if (cells is not null)
                {
                    blocks.Add(new Block(start, i, true, null, cells.Select(c => c ?? "").ToList()));
                }
                cells = placed;
                start = i;
                continue;
            }
            for (int c = 0; c < placed.Length; c++)
            {
                if (placed[c] is { } more)
                {
                    cells[c] = cells[c] is null ? more : cells[c] + " " + more;
                }
            }
        }
        if (cells is not null)
        {
            blocks.Add(new Block(start, Math.Max(start + 1, i), true, null, cells.Select(c => c ?? "").ToList()));
        }
        return blocks.Where(b => b.Row!.Any(c => c.Contains(" will ", StringComparison.OrdinalIgnoreCase) || SpanishFuture().IsMatch(c))).ToList();
    }

    /// <summary>The non-empty cell of a row that holds a goal statement (" will " in English, a future tense in Spanish), or -1.</summary>
    private static int StatementCell(Documents.DocumentLine line)
    {
        var cells = line.Cells.Where(c => c.Length > 0).ToList();
        return cells.FindIndex(c => c.Contains(" will ", StringComparison.OrdinalIgnoreCase) || SpanishFuture().IsMatch(c));
    }

    /// <summary>The index of a measurement column in the goals table header above a goal's row, or null.</summary>
    private static int? MeasureColumn(ReadingContext context, int row)
    {
        for (int i = row - 1; i >= 0 && context.Lines[i].TableRow; i--)
        {
            var cells = context.Lines[i].Cells;
            for (int c = 0; c < cells.Count; c++)
            {
                if (CompiledVocabulary.Find(context.Words.AnchoredLabels["measurement"], Fold.Text(cells[c])).Success)
                {
                    return c;
                }
            }
        }
        return null;
    }

    /// <summary>A "Label: value" field of a goal block (area, baseline, how measured), ticked boxes only.</summary>
    private static (string Kind, string Value)? FormField(ReadingContext context, int i)
    {
        var line = context.Lines[i];
        var first = Fold.Text(line.Cells[0]);
        foreach (var kind in new[] { "measurement", "baseline", "area" })
        {
            var label = CompiledVocabulary.Find(context.Words.AnchoredLabels[kind], first);
            if (!label.Success)
            {
                continue;
            }
            var rest = line.Cells[0][label.Length..];
            if (!rest.TrimStart().StartsWith(':') && rest.Trim().Length > 0 && line.Cells.Count == 1)
            {
                continue;
            }
            var value = string.Join(" ", new[] { rest.TrimStart(' ', ':', '-') }.Concat(line.Cells.Skip(1)));
            if (value.Trim().Length == 0 && i + 1 < context.Lines.Count && kind == "measurement")
            {
                value = context.Lines[i + 1].Text;
            }
            value = Checkboxes.NoneTicked(value, context.Words) ? "" : Checkboxes.KeepChecked(value, context.Words).Trim(' ', ';', '|');
            return (kind, value);
        }
        return null;
    }

    /// <summary>A goal not in English: the first lines after the heading that are not a form field, up to the next field.</summary>
    private static (string Text, int Line)? SpanishStatement(ReadingContext context, Block block, IReadOnlySet<int> fieldLines)
    {
        if (block.HeadingRest is { } rest && rest.Split(' ').Length > 8)
        {
            return (rest, block.Start);
        }
        var text = new StringBuilder();
        int first = -1;
        for (int i = block.Start + 1; i < block.End; i++)
        {
            if (fieldLines.Contains(i) || CompiledVocabulary.Find(context.Words.ObjectiveHeading, context.Folded[i]).Success)
            {
                if (first >= 0)
                {
                    break;
                }
                continue;
            }
            if (first < 0)
            {
                first = i;
            }
            text.Append(context.Lines[i].Text).Append(' ');
        }
        return first < 0 ? null : (Fold.Spaces(text.ToString()), first);
    }

    [GeneratedRegex(@"\b\p{L}+(?:ar|er|ir)[aá]\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishFuture();

    [GeneratedRegex(@"\d+\s*(?:%|por\s+ciento)|\d+\s+de\s+\d+|\d+\s+(?:palabras|respuestas|intentos)", RegexOptions.IgnoreCase)]
    private static partial Regex Criterion();
}
