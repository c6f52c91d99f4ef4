using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Goals.Progress;
using IepNavigator.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using IepNavigator.Storage;
using IepNavigator.Storage.Memory;

namespace IepNavigator.Dialogs.Tests.Goals;

/// <summary>The bot with the goal tracker (as the host composes it), a recording chart-link issuer and a stand-in letters flow.</summary>
internal sealed class GoalHarness : IDisposable
{
    private static readonly Lazy<ServiceProvider> Knowledge = new(() => new ServiceCollection().AddKnowledge().BuildServiceProvider());
    private readonly ServiceProvider _services;

    /// <param name="realLetters">The real letters flow (AddLetterConversation) instead of the probe.</param>
    /// <param name="content">The tracker's sentences, when a test needs other ones than content/goals-chat.json.</param>
    public GoalHarness(IStateDocumentStore? storage = null, bool realLetters = false, GoalChatContent? content = null)
    {
        Storage = storage ?? new MemoryDocumentStore();
        Clock = FlowHarness.NewClock();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Storage)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Knowledge.Value.GetRequiredService<IAdvisor>())
            .AddSingleton(Knowledge.Value.GetRequiredService<IepNavigator.Knowledge.Letters.ILetterCatalog>())
            .AddSingleton<IChartLinkIssuer>(Links);
        if (content is not null)
        {
            services.AddSingleton(content);
        }
        services
            .AddDialogs()
            .AddGoalConversation();
        if (realLetters)
        {
            services.AddSingleton<ILetterLinkIssuer>(LetterLinks).AddLetterConversation();
        }
        else
        {
            services.AddSingleton<Dialog>(Letter);
        }
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Letter.Cases = _services.GetRequiredService<CaseStore>();
        Bot = _services.GetRequiredService<IBot>();
    }

    public IStateDocumentStore Storage { get; }
    public FakeTimeProvider Clock { get; }
    public IBot Bot { get; }
    public RecordingChartLinks Links { get; } = new();
    public LetterProbe Letter { get; } = new();
    public RecordingLetterLinks LetterLinks { get; } = new();

    public DialogTestClient Client(string locale = "en-US", string channelId = "test") => new(Bot.OnTurnAsync, locale: locale, channelId: channelId);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}

/// <summary>Issues links that only record what they were asked to draw.</summary>
internal sealed class RecordingChartLinks : IChartLinkIssuer
{
    public List<(GoalProgress Goal, IReadOnlyList<DataPoint> Points, DateOnly Today)> Issued { get; } = [];

    public Uri Issue(GoalProgress goal, IReadOnlyList<DataPoint> points, DateOnly today)
    {
        Issued.Add((goal, points, today));
        return new Uri($"https://charts.test/{Issued.Count}.png");
    }
}

/// <summary>Stands in for the letters flow: records what "Draft the letter" handed over and what the case held then.</summary>
internal sealed class LetterProbe() : Dialog(FlowIds.Letter)
{
    /// <summary>The bot's case store, set once the services are built.</summary>
    public CaseStore Cases { get; set; } = null!;

    public LetterOptions? Options { get; private set; }

    public string? ProgressSummary { get; private set; }

    public IepNavigator.Knowledge.Facts.CaseFacts? Facts { get; private set; }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        Options = options as LetterOptions;
        var record = await Cases.GetActiveAsync(dc.Context, cancellationToken);
        ProgressSummary = record.ProgressSummary;
        Facts = record.Facts;
        // Ends as the real letters flow does, with its options.
        return await dc.EndDialogAsync(Options, cancellationToken);
    }
}

/// <summary>Letter links that record the order behind each link, so a test can render what the parent would download.</summary>
internal sealed class RecordingLetterLinks : ILetterLinkIssuer
{
    public List<(string LetterId, LetterFormat Format, Dictionary<string, string?> Fields, CaseFacts Facts, DateOnly Today)> Orders { get; } = [];

    public string IssueUrl(string letterId, LetterFormat format, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today)
    {
        Orders.Add((letterId, format, new Dictionary<string, string?>(fields), facts, today));
        return $"https://letters.test/{Orders.Count}";
    }
}
