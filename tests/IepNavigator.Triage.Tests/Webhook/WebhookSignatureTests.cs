using IepNavigator.Triage.Webhook;

namespace IepNavigator.Triage.Tests.Webhook;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);
    private const string Body = """{"event":"packet.created"}""";

    [Fact]
    public void Verify_SignedBodyAndTimestamp_Accepted_AnyChangeRefused()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign("secret", timestamp, Body);
        var tolerance = TimeSpan.FromMinutes(5);

        Assert.True(WebhookSignature.Verify("secret", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Body, signature, Now, tolerance));
        Assert.False(WebhookSignature.Verify("secret", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Body + " ", signature, Now, tolerance));
        Assert.False(WebhookSignature.Verify("other", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Body, signature, Now, tolerance));
        Assert.False(WebhookSignature.Verify("secret", (timestamp + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Body, signature, Now, tolerance));
        Assert.False(WebhookSignature.Verify("secret", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Body, signature, Now.AddMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify("secret", null, Body, signature, Now, tolerance));
    }

    [Fact]
    public void Backoff_DoublesFromTheFirstDelayUpToTheCap()
    {
        var options = new WebhookOptions { FirstBackoff = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromMinutes(5) };

        Assert.Equal(
            [30, 60, 120, 240, 300, 300],
            Enumerable.Range(1, 6).Select(attempt => WebhookDispatcher.Backoff(options, attempt).TotalSeconds));
    }
}
