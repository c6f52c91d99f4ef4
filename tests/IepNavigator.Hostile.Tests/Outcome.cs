using System.Net;

namespace IepNavigator.Hostile.Tests;

/// <summary>What every hostile request must get: never a 5xx; a 4xx when it must be refused; when accepted, a polite answer.</summary>
public static class Outcome
{
    /// <summary>What the host says when a turn throws (NavigatorAdapter.OnTurnError, the Direct Line channel's apology).</summary>
    public const string TurnFailedMarker = "something went wrong";

    public static async Task AssertAcceptableAsync(CorpusCase item, HttpResponseMessage response, Func<string, IEnumerable<string>> texts)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{item.Id}: answered {status}");
        switch (item.Expect)
        {
            case "reject":
                Assert.True(status is >= 400 and < 500, $"{item.Id}: expected a 4xx, got {status}");
                break;
            case "accept":
                Assert.True(response.IsSuccessStatusCode, $"{item.Id}: expected a 2xx, got {status}");
                break;
            case "any":
                break;
            default:
                throw new InvalidDataException($"{item.Id}: unknown expectation '{item.Expect}'.");
        }
        if (response.IsSuccessStatusCode)
        {
            var said = texts(body).ToList();
            if (item.KnownIssue is null)
            {
                Assert.DoesNotContain(said, t => t.Contains(TurnFailedMarker, StringComparison.OrdinalIgnoreCase));
            }
            foreach (var forbidden in item.MustNotContain)
            {
                Assert.DoesNotContain(said, t => t.Contains(forbidden, StringComparison.Ordinal));
            }
        }
        else if (response.StatusCode != HttpStatusCode.TooManyRequests && item.Target != "directline")
        {
            // A refusal is a problem document that explains itself, not an empty page (Direct Line has its own error shape).
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
