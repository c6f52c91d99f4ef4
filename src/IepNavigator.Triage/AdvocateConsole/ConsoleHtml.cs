using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>The console's page frame: plain semantic HTML, readable without scripts or styles, every value encoded.</summary>
internal static class ConsoleHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}"
        + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}"
        + ".urgent{font-weight:bold;color:#8b0000}.priority{font-weight:bold}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #1a5fb4}"
        + ".skip{position:absolute;left:-999px}.skip:focus{left:1rem}";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A wait in words a person can act on: "45 seconds", "3 minutes" (rounded up).</summary>
    public static string Wait(TimeSpan wait) => wait <= TimeSpan.FromSeconds(90)
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(wait.TotalMinutes)} minutes");

    public static string Page(string title, string body, string? signedInAs, AntiforgeryTokenSet? tokens)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" — IEP Navigator advocates</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header><nav aria-label=\"Console\">");
        if (signedInAs is not null && tokens is not null)
        {
            html.Append("<a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("\">Queue</a> · ")
                .Append("<a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/audit\">Audit log</a> · ")
                .Append("Signed in as ").Append(Encode(signedInAs)).Append(' ')
                .Append("<form method=\"post\" action=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/sign-out\" style=\"display:inline\">")
                .Append(Antiforgery(tokens)).Append("<button type=\"submit\">Sign out</button></form>");
        }

        html.Append("</nav></header><main id=\"main\"><h1>").Append(Encode(title)).Append("</h1>")
            .Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    public static string Antiforgery(AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";

    public static string SignInForm(AntiforgeryTokenSet tokens, string? error, string? returnUrl)
    {
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<p role=\"alert\">").Append(Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/sign-in\">")
            .Append(Antiforgery(tokens))
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(Encode(returnUrl)).Append("\">")
            .Append("<p><label for=\"userName\">User name</label><br><input id=\"userName\" name=\"userName\" autocomplete=\"username\" required></p>")
            .Append("<p><label for=\"password\">Password</label><br><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>")
            .Append("<p><button type=\"submit\">Sign in</button></p></form>");
        return html.ToString();
    }
}
