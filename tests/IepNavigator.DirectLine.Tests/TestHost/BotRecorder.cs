using System.Collections.Concurrent;
using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Tests.TestHost;

/// <summary>What the test bot received, in order.</summary>
public sealed class BotRecorder
{
    private readonly ConcurrentQueue<Activity> _received = new();

    public IReadOnlyList<Activity> Received => [.. _received];

    public void Add(Activity activity) => _received.Enqueue(activity);
}
