using System.Net;
using IepNavigator.Triage.Store;
using IepNavigator.Triage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Triage.Tests.Console;

/// <summary>
/// The console's guessable doors back off (issue 21, item 5): after five wrong passwords an account is paused — the
/// right password included — for 30 s, then twice as long with each further failure; one address spraying many
/// accounts is paused too; packet addresses that keep leading nowhere pause packet pages. Each pause says how long,
/// answers 429 with Retry-After, and is audited.
/// </summary>
public sealed class AttemptBackOffTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FiveWrongPasswords_PauseTheAccount_EvenForTheRightOne_WithAClearMessage_AndAnAuditTrail()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await ConsoleHost.StartAsync(clock: clock);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await host.SignInAsync(TriageConfiguration.AdvocateName, "guess " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var paused = await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        using var queue = await host.Client.GetAsync(new Uri("/advocates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), paused.Headers.RetryAfter?.Delta);
        Assert.Contains("Try again in 30 seconds", await paused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        var audit = await host.Services.GetRequiredService<AuditTrail>().ListAsync(null, 20, CancellationToken.None);
        Assert.Equal(5, audit.Count(e => e.Action == "sign-in-failed" && e.Actor == TriageConfiguration.AdvocateName));
        Assert.Single(audit, e => e.Action == "sign-in-locked" && e.Actor == TriageConfiguration.AdvocateName);
    }

    [Fact]
    public async Task ThePause_Ends_DoublesWithEachFurtherFailure_AndARightPasswordClearsIt()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await ConsoleHost.StartAsync(clock: clock);
        for (var i = 0; i < 5; i++)
        {
            (await host.SignInAsync(TriageConfiguration.AdvocateName, "guess " + i)).Dispose();
        }

        clock.Advance(TimeSpan.FromSeconds(31));
        using (var sixth = await host.SignInAsync(TriageConfiguration.AdvocateName, "guess 5"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, sixth.StatusCode); // checked again, wrong again
        }
        clock.Advance(TimeSpan.FromSeconds(31));
        using (var stillPaused = await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stillPaused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(29), stillPaused.Headers.RetryAfter?.Delta); // 60 s from the sixth failure
        }
        clock.Advance(TimeSpan.FromSeconds(30));
        using (var signedIn = await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        // The success cleared the account's count: one slip later is just a wrong password again.
        using var slip = await host.SignInAsync(TriageConfiguration.AdvocateName, "typo");
        Assert.Equal(HttpStatusCode.Unauthorized, slip.StatusCode);
    }

    [Fact]
    public async Task ThirtyWrongPasswords_AtOnce_GetNoMoreChecksThanFiveInARow_AndThenThePauseHolds()
    {
        // The probe of issue 21 sent its guesses one after another; a script sends them together. Checked first and
        // counted after, 15 of 30 simultaneous guesses were checked; counted first, no more than the five free ones are.
        var clock = new FakeTimeProvider(Start);
        await using var host = await ConsoleHost.StartAsync(clock: clock);
        var token = await host.FormTokenAsync("/advocates/sign-in");

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => host.Client.PostAsync(
            new Uri("/advocates/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["userName"] = TriageConfiguration.AdvocateName,
                ["password"] = "guess " + i,
            }))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var checkedGuesses = statuses.Count(s => s == HttpStatusCode.Unauthorized);
        Assert.InRange(checkedGuesses, 0, 5); // none when all thirty saw each other first: nobody got a guess
        Assert.Equal(30 - checkedGuesses, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var audit = await host.Services.GetRequiredService<AuditTrail>().ListAsync(null, 100, CancellationToken.None);
        Assert.Equal(checkedGuesses, audit.Count(e => e.Action == "sign-in-failed"));
        using var paused = await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        Assert.Equal(checkedGuesses == 5 ? HttpStatusCode.TooManyRequests : HttpStatusCode.Redirect, paused.StatusCode);
    }

    [Fact]
    public async Task OneAddress_SprayingManyAccounts_IsPaused_ForEveryAccount()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await ConsoleHost.StartAsync(clock: clock);
        for (var i = 0; i < 20; i++)
        {
            using var wrong = await host.SignInAsync("advocate" + i, "password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var paused = await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.Contains("from this network", await paused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PacketAddressesThatLeadNowhere_PausePacketPages_ForThatAdvocate_AndAreAudited()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await ConsoleHost.StartAsync(clock: clock);
        var real = (await host.Services.GetRequiredService<ITriageDesk>().SubmitAsync(Cases.Suspended())).Packet!;
        await host.SignInAsync(TriageConfiguration.AdvocateName, TriageConfiguration.AdvocatePasswordText);
        for (var i = 0; i < 5; i++)
        {
            using var missing = await host.Client.GetAsync(new Uri($"/advocates/packets/{Guid.NewGuid()}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using var paused = await host.Client.GetAsync(new Uri($"/advocates/packets/{real.Id}", UriKind.Relative));
        using var export = await host.Client.GetAsync(new Uri($"/advocates/packets/{real.Id}/export.docx", UriKind.Relative));
        using var queue = await host.Client.GetAsync(new Uri("/advocates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.Contains("packet pages are paused", await paused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode); // the queue itself stays open
        var audit = await host.Services.GetRequiredService<AuditTrail>().ListAsync(null, 50, CancellationToken.None);
        Assert.Equal(5, audit.Count(e => e.Action == "packet-not-found"));
        Assert.Contains(audit, e => e.Action == "packet-pages-locked" && e.Actor == TriageConfiguration.AdvocateName);

        clock.Advance(TimeSpan.FromSeconds(31));
        using var reopened = await host.Client.GetAsync(new Uri($"/advocates/packets/{real.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }
}
