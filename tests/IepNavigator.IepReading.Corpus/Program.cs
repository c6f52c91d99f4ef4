using System.Globalization;
using IepNavigator.Goals.Checking;
using IepNavigator.IepReading;
using IepNavigator.IepReading.Corpus;

// dotnet run -c Release --project tests/IepNavigator.IepReading.Corpus -- evaluate [--today 2026-12-01]
// dotnet run -c Release --project tests/IepNavigator.IepReading.Corpus -- render --out /tmp/iep-corpus
var command = args.FirstOrDefault() ?? "evaluate";
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

if (command == "render")
{
    var folder = Option("--out") ?? Path.Combine(Path.GetTempPath(), "iep-corpus");
    Directory.CreateDirectory(folder);
    foreach (var document in CorpusDocuments.All)
    {
        File.WriteAllBytes(Path.Combine(folder, document.FileName), document.File);
        Console.WriteLine($"{document.FileName,-34} {document.File.Length,9:N0} bytes");
    }
    return 0;
}

if (command == "lines")
{
    var document = CorpusDocuments.Get(Option("--name") ?? CorpusDocuments.Names[0]);
    var text = new IepNavigator.IepReading.Documents.PdfTextReader(new IepReadingOptions(), null).Read(document.File, new IepNavigator.IepReading.Documents.ReadingBudget(DateTimeOffset.MaxValue, TimeProvider.System, default));
    var lines = document.Source.Settings.Format == "docx"
        ? new IepNavigator.IepReading.Documents.WordTextReader(new IepReadingOptions()).Read(document.File, new IepNavigator.IepReading.Documents.ReadingBudget(DateTimeOffset.MaxValue, TimeProvider.System, default)).Text!
        : text.Text!;
    var context = new IepNavigator.IepReading.Sections.ReadingContext(lines, IepNavigator.IepReading.Content.ReadingContent.Vocabulary);
    for (int i = 0; i < context.Lines.Count; i++)
    {
        var section = context.Sections.LastOrDefault(s => s.Start <= i);
        var line = context.Lines[i];
        Console.WriteLine($"{i,4} {line.At} {(section?.Start == i ? "#" + (section.Kind?.ToString() ?? "other") : ""),-18} {(line.Emphasis ? "B" : " ")} {string.Join(" ¦ ", line.Cells)}  {(line.CellX is { } x ? "@" + string.Join(",", x.Select(v => (int)v)) : "")}");
    }
    return 0;
}

if (command == "explain")
{
    // What a parent would be told about one document: explain --name 10-birch-minimal --lang es
    var document = CorpusDocuments.Get(Option("--name") ?? CorpusDocuments.Names[0]);
    var reading = new IepReader(new GoalChecker(), new IepReadingOptions(), TimeProvider.System).Read(document.File, CorpusDefaults.Today);
    var explanation = new IepNavigator.IepReading.Explaining.IepExplainer(new GoalChecker()).Explain(reading, Option("--lang") ?? "en", 4, 150);
    Console.WriteLine(explanation.Overview);
    foreach (var notice in explanation.Notices)
    {
        Console.WriteLine("  ! " + notice);
    }
    foreach (var section in explanation.Sections)
    {
        Console.WriteLine();
        Console.WriteLine($"## {section.Title}: {section.Summary}");
        foreach (var item in section.Items)
        {
            Console.WriteLine("  - " + item);
        }
        foreach (var question in section.Questions)
        {
            Console.WriteLine($"  ? {question.Finding} Ask: {question.Ask}");
        }
    }
    if (explanation.ConfirmIntro is { } intro)
    {
        Console.WriteLine();
        Console.WriteLine(intro);
        foreach (var confirm in explanation.Confirm)
        {
            Console.WriteLine("  * " + confirm);
        }
    }
    Console.WriteLine();
    Console.WriteLine(explanation.Disclaimer);
    return 0;
}

if (command == "dump")
{
    // The reading of one document as JSON (to see why an item was missed).
    var document = CorpusDocuments.Get(Option("--name") ?? CorpusDocuments.Names[0]);
    // --ocr: recognise scanned pages with tesseract where it is installed (optional, never needed by the tests).
    var dumpReader = new IepReader(new GoalChecker(), new IepReadingOptions { UseOcr = args.Contains("--ocr"), Timeout = TimeSpan.FromSeconds(args.Contains("--ocr") ? 180 : 20) }, TimeProvider.System);
    var reading = dumpReader.Read(document.File, CorpusDefaults.Today);
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(reading with { Goals = [.. reading.Goals.Select(g => g with { Check = null })] },
        new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } }));
    return 0;
}

var today = Option("--today") is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : CorpusDefaults.Today;
var reader = new IepReader(new GoalChecker(), new IepReadingOptions(), TimeProvider.System);
var score = CorpusEvaluation.Run(reader, today);
Console.Write(score.Report());
return 0;
