using System.Diagnostics;
using System.Globalization;
using IepNavigator.Understanding;
using IepNavigator.Understanding.Classification;
using IepNavigator.Understanding.Training;
using IepNavigator.Understanding.Training.Corpus;

// dotnet run --project dialogs/IepNavigator.Understanding.Training -c Release -- train      (compare settings on dev, write Models/)
//   --only a,b   compare only these TrainerSettings.Candidates (each costs one or two minutes of training here)
// dotnet run --project dialogs/IepNavigator.Understanding.Training -c Release -- evaluate   (the committed models on dev, test, negatives, acceptance)
//   --errors N   list the first N dev examples read wrong (never test or acceptance: those are not tuned on)
//   --models folder   evaluate a trainer's output (train --out folder) before it replaces the committed models
//   --facts-split train,dev [--misses]   facts only, over train and/or dev: P/R per language, the facts most often missed
//                and set falsely, and with --misses every line whose facts are wrong (never test or acceptance)
// ... -- categories [dev|test]   the kinds of error only (counts by fact, stage, intent and topic confusions), no messages
// ... -- topics [train|dev]        side questions whose topic is read wrong, and the topic confusions
var command = args.FirstOrDefault() ?? "evaluate";
var corpusFolder = Option("--corpus") ?? CorpusReader.DefaultFolder();
var errors = int.TryParse(Option("--errors"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
var corpus = CorpusReader.Read(corpusFolder);
if (command != "read")
{
    Console.WriteLine($"corpus: {corpus.Count} examples in {corpusFolder}");
}
switch (command)
{
    case "train":
        Train();
        break;
    case "factmodel-eval":
        // factmodel-eval [--select additions|all] [--weighted]: issue 17's experiment, a trained fact model beside the rules (FactModelExperiment): thresholds
        // by 5-fold cross-validation on train, then dev read once; test never.
        using (var reader = new MessageReader())
        {
            return FactModelExperiment.Run(reader, corpus, Console.Out, Option("--select") ?? "additions", args.Contains("--weighted"));
        }
    case "read":
        // read "text" [awaiting]: one message, every label (for writing vocabulary and rules); read - : one message a line
        // from standard input ("text<TAB>awaiting"), facts only, to try many wordings with one model load.
        using (var reader = new MessageReader())
        {
            if (args.ElementAtOrDefault(1) == "-")
            {
                while (Console.ReadLine() is { } line)
                {
                    var parts = line.Split('\t');
                    var lr = reader.Read(parts[0], new IepNavigator.Understanding.Reading.MessageContext(Evaluator.CorpusToday) { Awaiting = parts.ElementAtOrDefault(1) });
                    Console.WriteLine($"{parts[0]}\n    -> stage {lr.Stage.Best?.ToString() ?? "none"}{(lr.Stage.Unsure ? " unsure" : "")} (model {lr.ModelStage?.Best?.ToString() ?? "none"} {lr.ModelStage?.Confidence:0.00}); facts " + string.Join(", ", Evaluator.PredictedItems(lr)) + (lr.Approximate.Count > 0 ? "; approximate " + string.Join(", ", lr.Approximate) : "") + (lr.Answer is null ? "" : $"; answer {lr.Answer.Kind} {lr.Answer.Value}"));
                }
                return 0;
            }
            var r = reader.Read(args.ElementAtOrDefault(1), new IepNavigator.Understanding.Reading.MessageContext(Evaluator.CorpusToday) { Awaiting = args.ElementAtOrDefault(2) });
            Console.WriteLine($"intent {r.Intent.Best} {r.Intent.Confidence:0.00} unsure={r.Intent.Unsure} [" + string.Join(", ", r.Intent.Candidates.Select(c => $"{c.Value} {c.Confidence:0.00}")) + $"]; stage {r.Stage.Best?.ToString() ?? "none"} {r.Stage.Confidence:0.00} unsure={r.Stage.Unsure} [" + string.Join(", ", r.Stage.Candidates.Select(c => $"{c.Value} {c.Confidence:0.00}")) + $"]; language {r.Language}; letter {r.LetterId}; topic {r.Topic}");
            Console.WriteLine("facts " + string.Join(", ", Evaluator.PredictedItems(r)) + (r.Approximate.Count > 0 ? "; approximate " + string.Join(", ", r.Approximate) : ""));
            Console.WriteLine("details " + string.Join(", ", r.Details.Stated().Select(d => d.Key + "=" + d.Value)) + (r.Answer is null ? "" : $"; answer {r.Answer.Kind} {r.Answer.Value}"));
            Console.WriteLine("questions [" + string.Join(" | ", r.Questions) + "] statements [" + string.Join(" | ", r.Statements) + "]");
            foreach (var clause in new IepNavigator.Understanding.Text.MessageText(new IepNavigator.Understanding.Text.ClauseCues(), new IepNavigator.Understanding.Text.Spelling()).Split(args.ElementAtOrDefault(1)))
            {
                Console.WriteLine($"  [{clause.SentenceIndex}] \"{clause.Normalized}\" question={clause.IsQuestion} hypothetical={clause.IsHypothetical} others={clause.IsAboutOthers} intention={clause.IsIntention}");
            }
        }
        return 0;
    case "errors":
        // errors [train|dev] [--models folder]: every example of the split read wrong, and the facts most often missed or extra.
        using (var models = Option("--models") is { } errorModels ? UnderstandingModels.FromFolder(errorModels) : null)
        using (var reader = models is null ? new MessageReader() : new MessageReader(models))
        {
            var split = args.ElementAtOrDefault(1) ?? "train";
            if (split is not ("train" or "dev"))
            {
                Console.Error.WriteLine("errors are listed for train or dev only");
                return 2;
            }
            var results = Evaluator.Run(reader, corpus.Where(e => e.Split == split));
            Errors(results, int.MaxValue);
            Console.WriteLine("missing: " + string.Join(", ", results.SelectMany(r => r.GoldFacts.Except(r.PredictedFacts)).Select(f => f.Split('=')[0]).GroupBy(f => f).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
            Console.WriteLine("extra: " + string.Join(", ", results.SelectMany(r => r.PredictedFacts.Except(r.GoldFacts)).Select(f => f.Split('=')[0]).GroupBy(f => f).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        }
        return 0;
    case "topics":
        // topics [train|dev]: side questions (ask-process, explain-term) whose topic is read wrong, each with its text and
        // intent, then the confusions counted per language (labelled -> read); test only through `categories test`.
        using (var reader = new MessageReader())
        {
            var split = args.ElementAtOrDefault(1) ?? "train";
            if (split is not ("train" or "dev"))
            {
                Console.Error.WriteLine("topic errors are listed for train or dev only");
                return 2;
            }
            var asked = Evaluator.Run(reader, corpus.Where(e => e.Split == split)).Where(Evaluator.AsksTopic).ToList();
            foreach (var r in asked.Where(r => !Evaluator.TopicRight(r)))
            {
                Console.WriteLine($"  {r.Example.Id} \"{Short(r.Example.Text)}\" labelled {r.Example.Topic}, read {r.Reading.Topic ?? "null"} (intent {IepNavigator.Understanding.Reading.IntentNames.Name(r.Reading.Intent.Best)})");
            }
            foreach (var group in new[] { "en", "es" })
            {
                var mine = asked.Where(r => r.Example.Group == group).ToList();
                Console.WriteLine($"[{group}] {split} topics {mine.Count(Evaluator.TopicRight)}/{mine.Count}: " + TopicConfusions(mine));
            }
        }
        return 0;
    case "stages":
        // stages [train|dev]: the stage model's judgement against the one reconciled with the facts read
        // (content/stage-evidence.json): the examples each gets right alone, and how often the facts alone decide.
        using (var reader = new MessageReader())
        {
            var split = args.ElementAtOrDefault(1) ?? "dev";
            if (split is not ("train" or "dev"))
            {
                Console.Error.WriteLine("stage changes are listed for train or dev only");
                return 2;
            }
            var evidence = new IepNavigator.Understanding.Reading.StageReconciler();
            var results = Evaluator.Run(reader, corpus.Where(e => e.Split == split));
            static string Name(IepNavigator.Knowledge.Facts.Stage? s) => s is { } v ? IepNavigator.Understanding.Reading.StageNames.Name(v) : "null";
            foreach (var group in new[] { "en", "es" })
            {
                var mine = results.Where(r => r.Example.Group == group).ToList();
                int modelRight = 0, bothRight = 0, fixedCount = 0, broken = 0, decidedWrongModel = 0, decidedAndRight = 0, decidedCount = 0, unsureModel = 0, unsureNow = 0;
                foreach (var r in mine)
                {
                    var model = r.Reading.ModelStage ?? r.Reading.Stage;
                    var m = Name(model.Best) == (r.Example.Stage ?? "null");
                    var now = r.StageRight;
                    modelRight += m ? 1 : 0;
                    bothRight += m && now ? 1 : 0;
                    unsureModel += model.Unsure ? 1 : 0;
                    unsureNow += r.Reading.Stage.Unsure ? 1 : 0;
                    var values = IepNavigator.Knowledge.Facts.CaseFactFields.All.Where(f => f.IsKnown(r.Reading.Facts)).ToDictionary(f => f.Name, f => f.Read(r.Reading.Facts)!);
                    var (allowed, named, _) = evidence.Evidence(values, r.Example.Awaiting, r.Reading.Intent.Best);
                    var decides = named is not null || allowed is { Count: 1 };
                    if (decides)
                    {
                        decidedCount++;
                        var only = named ?? allowed!.First();
                        decidedAndRight += Name(only) == (r.Example.Stage ?? "null") ? 1 : 0;
                        decidedWrongModel += !m && Name(only) == (r.Example.Stage ?? "null") ? 1 : 0;
                    }
                    if (m != now)
                    {
                        fixedCount += now ? 1 : 0;
                        broken += m ? 1 : 0;
                        Console.WriteLine($"  {(now ? "fixed " : "BROKEN")} {r.Example.Id} labelled {r.Example.Stage ?? "null"}: model {Name(model.Best)} {model.Confidence:0.00}{(model.Unsure ? " unsure" : "")} -> {Name(r.Reading.Stage.Best)}{(r.Reading.Stage.Unsure ? " unsure" : "")}");
                    }
                }
                Console.WriteLine($"[{group}] {split} stage: model {modelRight}/{mine.Count}, reconciled {mine.Count(r => r.StageRight)}/{mine.Count} (fixed {fixedCount}, broken {broken}); unsure {unsureModel} -> {unsureNow}");
                Console.WriteLine($"     the facts alone decide one stage in {decidedCount} (right {decidedAndRight}); the model is wrong and they are right in {decidedWrongModel}");
            }
        }
        return 0;
    case "spelling":
        // spelling [train|dev]: every word the one-typo tolerance changes in the split, with how often (to review it).
        {
            var split = args.ElementAtOrDefault(1) ?? "train";
            if (split is not ("train" or "dev"))
            {
                Console.Error.WriteLine("corrections are listed for train or dev only");
                return 2;
            }
            var spelling = new IepNavigator.Understanding.Text.Spelling();
            var changes = corpus.Where(e => e.Split == split)
                .SelectMany(e => IepNavigator.Understanding.Text.TextNormalizer.Normalize(e.Text).Split(' '))
                .Select(w => (Word: w, Fixed: spelling.CorrectWord(w))).Where(x => x.Fixed is not null)
                .GroupBy(x => $"{x.Word} -> {x.Fixed}").OrderByDescending(g => g.Count());
            foreach (var change in changes)
            {
                Console.WriteLine($"  {change.Key} {change.Count()}");
            }
        }
        return 0;
    case "categories":
        // categories [dev|test]: the kinds of error only (counts by fact, stage and intent confusions), no message: the
        // test split may be looked at this way to learn which kinds exist, never to tune on its messages.
        using (var reader = new MessageReader())
        {
            var split = args.ElementAtOrDefault(1) ?? "dev";
            // --stage-for-facts model: the counts as the stage model alone would give them (before the facts reconciled it).
            var results = Evaluator.Run(reader, corpus.Where(e => e.Split == split), Option("--stage-for-facts") is "model" ? "model" : null);
            foreach (var group in new[] { "en", "es" })
            {
                var mine = results.Where(r => r.Example.Group == group).ToList();
                Console.WriteLine($"[{group}] {split}, {mine.Count} examples");
                Console.WriteLine("  facts missing: " + Counts(mine.SelectMany(r => r.GoldFacts.Except(r.PredictedFacts)).Select(f => f.Split('=')[0])));
                Console.WriteLine("  facts extra:   " + Counts(mine.SelectMany(r => r.PredictedFacts.Except(r.GoldFacts)).Select(f => f.Split('=')[0])));
                Console.WriteLine("  stage (labelled -> read): " + Counts(mine.Where(r => !r.StageRight).Select(r => $"{r.Example.Stage ?? "null"}->{(r.Reading.Stage.Best is { } s ? IepNavigator.Understanding.Reading.StageNames.Name(s) : "null")}")));
                Console.WriteLine("  intent (labelled -> read): " + Counts(mine.Where(r => !r.IntentRight).Select(r => $"{r.Example.Intent}->{IepNavigator.Understanding.Reading.IntentNames.Name(r.Reading.Intent.Best)}")));
                Console.WriteLine("  topic (labelled -> read): " + TopicConfusions([.. mine.Where(Evaluator.AsksTopic)]));
                // The negatives of this split: which facts were set where none is stated (names only).
                var negatives = mine.Where(r => r.Example.File == "negatives.jsonl").ToList();
                Console.WriteLine($"  negatives ({negatives.Count}) false facts: " + Counts(negatives.SelectMany(r => r.PredictedFacts.Except(r.GoldFacts)).Select(f => f.Split('=')[0])));
            }
        }
        return 0;
    case "evaluate":
        // --models folder: a trainer's output before it is committed (default: the embedded, committed models).
        using (var models = Option("--models") is { } modelFolder ? UnderstandingModels.FromFolder(modelFolder) : null)
        using (var reader = models is null ? new MessageReader() : new MessageReader(models))
        {
            if (Option("--facts-split") is { } factSplits)
            {
                return Facts(reader, factSplits.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), args.Contains("--misses"));
            }
            Print(reader, errors);
        }
        break;
    default:
        Console.Error.WriteLine("usage: train | evaluate [--errors N] [--corpus folder] [--facts-split train,dev [--misses]] | errors | categories | read | spelling | factmodel-eval [--select additions|all] [--weighted]");
        return 2;
}
return 0;

void Train()
{
    var train = corpus.Where(e => e.Split == "train").ToList();
    var dev = corpus.Where(e => e.Split == "dev").ToList();
    // --only a,b: compare just these settings for both models (a retrain of a known choice); --stage a,b / --intent a,b:
    // the candidates of one model only. Each model takes its own setting: one setting for both made the stage model's
    // better choice (lighter L2) the intent model's too, whose dev threshold then fell to 0.4 and decided commands wrongly.
    var only = Names(Option("--only"));
    var stageCandidates = TrainerSettings.Candidates.Where(c => (Names(Option("--stage")) ?? only)?.Contains(c.Name) ?? true).ToList();
    var intentCandidates = TrainerSettings.Candidates.Where(c => (Names(Option("--intent")) ?? only)?.Contains(c.Name) ?? true).ToList();
    Console.WriteLine($"train {train.Count}, dev {dev.Count}; each model's settings compared on dev (accuracy en | es):");
    var stageModels = new Dictionary<string, TextClassifier>();
    var intentModels = new Dictionary<string, TextClassifier>();
    try
    {
        foreach (var settings in stageCandidates)
        {
            var watch = Stopwatch.StartNew();
            stageModels[settings.Name] = ModelTrainer.StageInMemory(train, settings);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stage model {settings.Name,-14} trained in {watch.Elapsed.TotalSeconds:0.0} s"));
        }
        // The intent reading does not depend on the stage model: each intent candidate is read beside the first stage one.
        var anyStage = stageModels[stageCandidates[0].Name];
        var intentChoice = Choose("intent", intentCandidates, settings =>
        {
            var watch = Stopwatch.StartNew();
            intentModels[settings.Name] = ModelTrainer.IntentInMemory(train, settings);
            var trainSeconds = watch.Elapsed.TotalSeconds;
            var (en, es) = Read(anyStage, intentModels[settings.Name]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  intent {settings.Name,-14} {en.Intent} | {es.Intent}   trained in {trainSeconds:0.0} s"));
            return (en.Intent.Value, es.Intent.Value);
        });
        // The stage reading does (GUIDE B3: a message the intent model is sure only thanks reveals no stage): each stage
        // candidate is read beside the chosen intent model.
        var stageChoice = Choose("stage", stageCandidates, settings =>
        {
            var (en, es) = Read(stageModels[settings.Name], intentModels[intentChoice.Name]);
            Console.WriteLine($"  stage  {settings.Name,-14} {en.Stage} | {es.Stage}");
            return (en.Stage.Value, es.Stage.Value);
        });
        Console.WriteLine($"chosen: stage {stageChoice.Name}, intent {intentChoice.Name}");
        Save(stageChoice, intentChoice);
    }
    finally
    {
        foreach (var model in stageModels.Values.Concat(intentModels.Values))
        {
            model.Dispose();
        }
    }

    (GroupReport En, GroupReport Es) Read(TextClassifier stage, TextClassifier intent)
    {
        // Not disposed here: the classifiers are shared between pairs and disposed once, above.
        var reader = new MessageReader(new UnderstandingModels(stage, intent, new ModelManifest()));
        var results = Evaluator.Run(reader, dev);
        return (Evaluator.Report("en", [.. results.Where(r => r.Example.Group == "en")]), Evaluator.Report("es", [.. results.Where(r => r.Example.Group == "es")]));
    }
}

// The candidate whose weaker language reads best on dev (a model is only as good as it is for the parents it serves
// worst); a tie there goes to the one better for the other language.
static TrainerSettings Choose(string model, IReadOnlyList<TrainerSettings> candidates, Func<TrainerSettings, (double En, double Es)> devAccuracy)
{
    if (candidates.Count == 0)
    {
        throw new ArgumentException($"No {model} settings to compare (see --only, --{model}).");
    }
    TrainerSettings? best = null;
    var bestScore = -1.0;
    var bestTieBreak = -1.0;
    foreach (var settings in candidates)
    {
        var (en, es) = devAccuracy(settings);
        var score = Math.Min(en, es);
        var tieBreak = en + es;
        if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && tieBreak > bestTieBreak + 1e-9))
        {
            best = settings;
            bestScore = score;
            bestTieBreak = tieBreak;
        }
    }
    return best!;
}

static string[]? Names(string? option) => option?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

void Save(TrainerSettings stageSettings, TrainerSettings intentSettings)
{
    var train = corpus.Where(e => e.Split == "train").ToList();
    var dev = corpus.Where(e => e.Split == "dev").ToList();
    var folder = Option("--out") ?? CorpusReader.ModelsFolder(corpusFolder);
    ModelTrainer.TrainAndSave(train, stageSettings, intentSettings, folder);
    var manifest = new ModelManifest { TrainingDataSha256 = CorpusReader.TrainingDataSha256(corpus), TrainingRows = train.Count, StageSettings = stageSettings.Name, IntentSettings = intentSettings.Name };
    using (var models = UnderstandingModels.FromFolderWith(folder, manifest))
    using (var reader = new MessageReader(models))
    {
        var results = Evaluator.Run(reader, dev);
        // The threshold says when the stage model alone is sure (the facts then reconcile its judgement): chosen on its own readings.
        manifest.StageThreshold = ThresholdChooser.Choose([.. results.Select(r => (r.Reading.ModelStage ?? r.Reading.Stage, r.Example.Stage))
            .Select(x => (x.Item1.Confidence, (x.Item1.Best is { } s ? IepNavigator.Understanding.Reading.StageNames.Name(s) : null) == x.Item2))]);
        manifest.IntentThreshold = ThresholdChooser.Choose([.. results.Select(r => (r.Reading.Intent.Confidence, r.IntentRight))], ThresholdChooser.IntentFloor);
    }
    using (var models = UnderstandingModels.FromFolderWith(folder, manifest))
    using (var reader = new MessageReader(models))
    {
        foreach (var split in new[] { "dev", "test" })
        {
            var results = Evaluator.Run(reader, corpus.Where(e => e.Split == split));
            foreach (var group in new[] { "en", "es" })
            {
                var report = Evaluator.Report(group, [.. results.Where(r => r.Example.Group == group)]);
                manifest.Accuracy[$"{split}.{group}.stage"] = Math.Round(report.Stage.Value, 4);
                manifest.Accuracy[$"{split}.{group}.intent"] = Math.Round(report.Intent.Value, 4);
            }
        }
    }
    File.WriteAllText(Path.Combine(folder, UnderstandingModels.ManifestFile), manifest.ToJson() + "\n");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thresholds (dev, confident accuracy >= {ThresholdChooser.TargetAccuracy:0.00}): stage {manifest.StageThreshold}, intent {manifest.IntentThreshold}"));
    Console.WriteLine($"wrote {folder}/{{{UnderstandingModels.StageFile}, {UnderstandingModels.IntentFile}, {UnderstandingModels.ManifestFile}}}");
    using (var models = UnderstandingModels.FromFolder(folder))
    using (var reader = new MessageReader(models))
    {
        Print(reader, errors);
    }
}

void Print(MessageReader reader, int showErrors)
{
    Console.WriteLine($"models: stage {reader.Manifest.StageSettings}, intent {reader.Manifest.IntentSettings}, trained on {reader.Manifest.TrainingRows} rows; thresholds stage {reader.Manifest.StageThreshold.ToString(CultureInfo.InvariantCulture)}, intent {reader.Manifest.IntentThreshold.ToString(CultureInfo.InvariantCulture)}");
    var current = CorpusReader.TrainingDataSha256(corpus) == reader.Manifest.TrainingDataSha256;
    Console.WriteLine(current ? "models are current for this corpus" : "MODELS ARE STALE: the train split changed since they were trained (run train)");
    foreach (var split in new[] { "dev", "test", "acceptance" })
    {
        var results = Evaluator.Run(reader, corpus.Where(e => e.Split == split));
        Console.WriteLine();
        Console.WriteLine($"== {split} ({results.Count}) ==");
        foreach (var group in new[] { "en", "es" })
        {
            var r = Evaluator.Report(group, [.. results.Where(x => x.Example.Group == group)]);
            Console.WriteLine($"[{group}] stage {r.Stage}  intent {r.Intent}");
            Console.WriteLine($"     facts {r.Facts}");
            Console.WriteLine($"     approximate {r.Approximate}   details {r.Details}");
            Console.WriteLine($"     letter {r.Letter}  topic {r.Topic}");
            Console.WriteLine($"     decided alone: stage {r.StageConfident} (unsure {r.StageUnsure}), intent {r.IntentConfident} (unsure {r.IntentUnsure})");
        }
        if (split == "acceptance")
        {
            var right = results.Count(x => x.StageRight && x.FactsRight);
            Console.WriteLine($"acceptance: right stage and facts {right}/{results.Count}");
        }
        // Errors are shown for dev only: looking at test or acceptance errors would be tuning on them.
        if (split == "dev")
        {
            Errors(results, showErrors);
        }
    }
    var negatives = Evaluator.Run(reader, corpus.Where(e => e.File == "negatives.jsonl"));
    var falseFacts = negatives.Where(r => r.PredictedFacts.Except(r.GoldFacts).Any()).ToList();
    Console.WriteLine();
    Console.WriteLine($"== negatives ({negatives.Count}, all splits) == false facts in {falseFacts.Count}");
    Errors([.. falseFacts.Where(r => r.Example.Split is "train" or "dev")], showErrors == 0 ? 0 : int.MaxValue);
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cost: {MedianMicroseconds(null, corpus.Where(e => e.Split == "test").ToList(), reader):0} us median per message (whole reading, this machine; BenchmarkDotNet numbers in bench/README.md)"));
}

// Fact extraction alone over the splits the rules may be developed on (train, dev): the fact readers are rules, not the
// trained models, so every labelled train line is fair material for them; test and acceptance are refused here.
int Facts(MessageReader reader, string[] splits, bool misses)
{
    if (splits.Length == 0 || splits.Any(s => s is not ("train" or "dev")))
    {
        Console.Error.WriteLine("--facts-split takes train and/or dev only (test and acceptance are never tuned on)");
        return 2;
    }
    // --stage-for-facts model|gold|skip: the facts checked against the stage model's own stage (as before the facts could reconcile it), the labelled stage, or not checked: what a wrong stage costs.
    var stageForFacts = Option("--stage-for-facts");
    var results = Evaluator.Run(reader, corpus.Where(e => splits.Contains(e.Split)), stageForFacts is "model" or "best" or "gold" or "skip" ? stageForFacts : null);
    Console.WriteLine($"facts over {string.Join("+", splits)} ({results.Count} examples)");
    foreach (var group in new[] { "en", "es" })
    {
        var mine = results.Where(r => r.Example.Group == group).ToList();
        Console.WriteLine($"[{group}] facts {Evaluator.Report(group, mine).Facts}");
        Console.WriteLine("  missed: " + Counts(mine.SelectMany(r => r.GoldFacts.Except(r.PredictedFacts)).Select(FactName)));
        Console.WriteLine("  false:  " + Counts(mine.SelectMany(r => r.PredictedFacts.Except(r.GoldFacts)).Select(FactName)));
    }
    var negatives = results.Where(r => r.Example.File == "negatives.jsonl").ToList();
    Console.WriteLine($"negatives ({negatives.Count}) with a false fact: {negatives.Count(r => r.PredictedFacts.Except(r.GoldFacts).Any())}");
    if (misses)
    {
        foreach (var r in results.Where(x => !x.FactsRight))
        {
            Console.WriteLine($"  {r.Example.Id} [{r.Example.Split}, stage {r.Example.Stage ?? "null"}] \"{r.Example.Text.ReplaceLineEndings(" ")}\"" + (r.Example.Awaiting is null ? "" : $" [awaiting {r.Example.Awaiting}]"));
            Console.WriteLine($"      missed [{string.Join(", ", r.GoldFacts.Except(r.PredictedFacts))}] false [{string.Join(", ", r.PredictedFacts.Except(r.GoldFacts))}]");
        }
    }
    return 0;
}

// "concerns=reading" -> "concerns", "unknown:servicesDelivered" -> "unknown:servicesDelivered".
static string FactName(string item) => item.Split('=')[0];

void Errors(IReadOnlyList<ExampleResult> results, int count)
{
    foreach (var r in results.Where(x => !x.StageRight || !x.IntentRight || !x.FactsRight || !x.GoldDetails.SetEquals(x.PredictedDetails)).Take(count))
    {
        var stage = r.Reading.Stage.Best is { } s ? IepNavigator.Understanding.Reading.StageNames.Name(s) : "null";
        Console.WriteLine($"  {r.Example.Id} \"{Short(r.Example.Text)}\"" + (r.Example.Awaiting is null ? "" : $" [awaiting {r.Example.Awaiting}]"));
        if (!r.StageRight)
        {
            Console.WriteLine($"      stage {stage} (p {r.Reading.Stage.Confidence:0.00}), labelled {r.Example.Stage ?? "null"}");
        }
        if (!r.IntentRight)
        {
            Console.WriteLine($"      intent {IepNavigator.Understanding.Reading.IntentNames.Name(r.Reading.Intent.Best)} (p {r.Reading.Intent.Confidence:0.00}), labelled {r.Example.Intent}");
        }
        var missing = r.GoldFacts.Except(r.PredictedFacts).ToList();
        var extra = r.PredictedFacts.Except(r.GoldFacts).ToList();
        if (missing.Count + extra.Count > 0)
        {
            Console.WriteLine($"      facts missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]");
        }
        var dm = r.GoldDetails.Except(r.PredictedDetails).ToList();
        var de = r.PredictedDetails.Except(r.GoldDetails).ToList();
        if (dm.Count + de.Count > 0)
        {
            Console.WriteLine($"      details missing [{string.Join(", ", dm)}] extra [{string.Join(", ", de)}]");
        }
    }
}

// Side-question topics read wrong, as "labelled->read n" (null: no topic read, the intent was not a question's).
static string TopicConfusions(IReadOnlyList<ExampleResult> asked) =>
    Counts(asked.Where(r => !Evaluator.TopicRight(r)).Select(r => $"{r.Example.Topic}->{r.Reading.Topic ?? "null"}"));

static string Counts(IEnumerable<string> items) =>
    string.Join(", ", items.GroupBy(i => i).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

static string Short(string text) => text.Length <= 110 ? text.ReplaceLineEndings(" ") : text[..107].ReplaceLineEndings(" ") + "...";

double MedianMicroseconds(UnderstandingModels? models, IReadOnlyList<CorpusExample> examples, MessageReader? reader = null)
{
    var times = new List<double>();
    if (examples.Count == 0)
    {
        return 0;
    }
    for (var round = 0; round < 3; round++)
    {
        foreach (var e in examples)
        {
            var input = ModelInput.For(e.Text, e.Awaiting);
            var start = Stopwatch.GetTimestamp();
            if (reader is not null)
            {
                reader.Read(e.Text, new IepNavigator.Understanding.Reading.MessageContext(Evaluator.CorpusToday) { Awaiting = e.Awaiting });
            }
            else
            {
                models!.Stage.Predict(input);
                models.Intent.Predict(input);
            }
            times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
    }
    times.Sort();
    return times[times.Count / 2];
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
