namespace IepNavigator.Hostile.Tests;

/// <summary>
/// The Direct Line cases of the corpus, posted as a widget would to /v3/directline. They run when the host maps
/// the embedded Direct Line (POST /api/widget/token answers); on a host without it there is nothing to attack.
/// </summary>
public sealed class DirectLineCorpusTests(HostileCorpusTests.SharedHost shared) : IClassFixture<HostileCorpusTests.SharedHost>
{
    public static TheoryData<string> DirectLineCases => Corpus.Ids("directline");

    [Theory]
    [MemberData(nameof(DirectLineCases))]
    public async Task DirectLine_HostileActivity_IsRefusedOrAccepted_AndTheChatGoesOn(string id)
    {
        var item = Corpus.Find(id);
        var session = await DirectLineSession.TryStartAsync(shared.Host.CreateBoundedClient());
        if (session is null)
        {
            return; // the host has no embedded Direct Line endpoints (yet)
        }
        var body = CorpusBodies.Build(item, session.ConversationId, session.UserId, Guid.NewGuid().ToString("N"));
        for (var attempt = 0; attempt < item.Replay; attempt++)
        {
            using var response = await session.PostActivityAsync(body, item.ContentType);
            await Outcome.AssertAcceptableAsync(item, response, _ => []);
        }

        var replies = await session.SayAndAwaitReplyAsync("help", TimeSpan.FromSeconds(15));
        Assert.DoesNotContain(replies, t => t.Contains(Outcome.TurnFailedMarker, StringComparison.OrdinalIgnoreCase));
    }
}
