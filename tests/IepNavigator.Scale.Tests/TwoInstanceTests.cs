using IepNavigator.Scale.Tests.Chat;

namespace IepNavigator.Scale.Tests;

/// <summary>
/// Issue 9: two hosts on one PostgreSQL. Turns of one conversation alternate between the hosts (as behind a
/// load balancer without affinity) while several conversations run at once; each must end exactly as it
/// does when every turn goes to one host.
/// </summary>
[Collection(TwoHostsCollection.Name)]
public sealed class TwoInstanceTests(TwoHostsFixture hosts)
{
    /// <summary>Conversations per scripted path and per run (so 2 × paths × this run at once).</summary>
    private const int CopiesPerPath = 2;

    [Fact]
    public async Task AlternatingHosts_SeveralConversationsAtOnce_EndAsOnOneHost()
    {
        var scripts = ConversationScripts.Instance;
        var runs = scripts.Paths
            .SelectMany(path => Enumerable.Range(0, CopiesPerPath).Select(_ => new
            {
                Path = path,
                OneHost = Conversation.New("one-" + path.Name),
                TwoHosts = Conversation.New("two-" + path.Name),
            }))
            .ToList();
        var steps = (ConversationScripts.ScriptPath path) => path.Steps.Append(scripts.ReviewStep).ToList();

        await Task.WhenAll(runs.SelectMany(run => new[]
        {
            run.OneHost.PlayAsync(steps(run.Path), _ => hosts.First),
            run.TwoHosts.PlayAsync(steps(run.Path), turn => turn % 2 == 0 ? hosts.First : hosts.Second),
        }));

        foreach (var run in runs)
        {
            // The script must reach advice, or comparing the two runs would prove little.
            Assert.True(run.OneHost.Replies.Any(r => r.StepIds.Count > 0), $"{run.Path.Name}: the script never reached advice.\n" + run.OneHost.Transcript);
            Assert.DoesNotContain(run.TwoHosts.Replies, r => r.Failed);
            Assert.Equal(run.OneHost.Transcript, run.TwoHosts.Transcript);
            Assert.Equal(await hosts.Stored.CaseAsync(run.OneHost.Parent), await hosts.Stored.CaseAsync(run.TwoHosts.Parent));
            Assert.Equal(await hosts.Stored.ConversationAsync(run.OneHost.Parent), await hosts.Stored.ConversationAsync(run.TwoHosts.Parent));
        }
    }
}
