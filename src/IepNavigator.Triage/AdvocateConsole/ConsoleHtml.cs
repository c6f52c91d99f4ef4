using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using IepNavigator.Knowledge.Content;
using IepNavigator.Triage.Wording;
using Microsoft.AspNetCore.Antiforgery;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// The console's page frame: plain semantic HTML, readable without scripts or styles (the console's CSP allows no
/// script), every value encoded, in the advocates' language. Tables turn into labelled cards on a phone.
/// </summary>
internal static class ConsoleHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:64rem;margin:auto;padding:1rem;line-height:1.5;color:#1b1b1b;background:#fff}"
        + "a{color:#0b4f9c}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #c8c8c8}"
        + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}"
        + "caption{text-align:left;font-weight:bold;padding:.4rem 0}"
        + ".urgent{font-weight:bold;color:#8b0000}.priority{font-weight:bold;color:#6b4100}.alert{font-weight:bold;color:#8b0000}"
        + ".glance{border:2px solid #767676;border-radius:.4rem;padding:.5rem 1rem;margin:.5rem 0}.glance.urgent{border-color:#8b0000;color:inherit;font-weight:normal}"
        + ".glance p{margin:.25rem 0}.glance .level{font-weight:bold;font-size:1.1rem}"
        + ".work{background:#f3f6fa;border:1px solid #c8c8c8;border-radius:.4rem;padding:.5rem 1rem}"
        + ".forms{display:flex;flex-wrap:wrap;gap:1rem}.forms form{flex:1 1 14rem}"
        + "label{font-weight:bold}select,input,textarea,button{font:inherit;max-width:100%;box-sizing:border-box}textarea{width:100%}"
        + "button{padding:.35rem .9rem;border:1px solid #0b4f9c;background:#0b4f9c;color:#fff;border-radius:.3rem;cursor:pointer}"
        + "ul{padding-left:1.25rem}ul.numbered{list-style:none;padding-left:0}li{margin:.2rem 0}.note{color:#4a4a4a;font-style:italic}"
        + "nav form{display:inline}nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}.filters p{margin:.25rem 0}"
        + "a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
        + ".skip{position:absolute;left:-999px}.skip:focus{left:1rem}"
        + "@media (max-width:40rem){table.cards,table.cards caption,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%;box-sizing:border-box}"
        + "table.cards thead{position:absolute;left:-9999px}table.cards tr{border:1px solid #767676;margin:.5rem 0}"
        + "table.cards td{border:0;border-bottom:1px solid #e0e0e0}table.cards td::before{content:attr(data-label) \": \";font-weight:bold}}";

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>A wait in words a person can act on, in the advocates' language: "45 seconds", "3 minutes" (rounded up).</summary>
    public static string Wait(TimeSpan wait, ContentStrings words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return wait <= TimeSpan.FromSeconds(90)
            ? words.Format("signIn.seconds", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))
            : words.Format("signIn.minutes", (int)Math.Ceiling(wait.TotalMinutes));
    }

    public static string Page(ContentStrings words, string title, string body, string? signedInAs, AntiforgeryTokenSet? tokens)
    {
        ArgumentNullException.ThrowIfNull(words);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"").Append(Encode(words.Language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" — ").Append(Encode(words.Get("site"))).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">").Append(Encode(words.Get("nav.skip"))).Append("</a><header><nav aria-label=\"")
            .Append(Encode(words.Get("site"))).Append("\">");
        if (signedInAs is not null && tokens is not null)
        {
            html.Append("<a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("\">").Append(Encode(words.Get("nav.queue"))).Append("</a>")
                .Append("<a href=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/audit\">").Append(Encode(words.Get("nav.audit"))).Append("</a>")
                .Append("<span>").Append(Encode(words.Format("nav.signedInAs", signedInAs))).Append("</span>")
                .Append("<form method=\"post\" action=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/sign-out\">")
                .Append(Antiforgery(tokens)).Append("<button type=\"submit\">").Append(Encode(words.Get("nav.signOut"))).Append("</button></form>");
        }

        html.Append("</nav></header><main id=\"main\"><h1>").Append(Encode(title)).Append("</h1>")
            .Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    public static string Antiforgery(AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";

    public static string SignInForm(ContentStrings words, AntiforgeryTokenSet tokens, string? error, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(words);
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<p role=\"alert\">").Append(Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(AdvocateConsoleEndpoints.BasePath).Append("/sign-in\">")
            .Append(Antiforgery(tokens))
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(Encode(returnUrl)).Append("\">")
            .Append("<p><label for=\"userName\">").Append(Encode(words.Get("signIn.userName"))).Append("</label><br><input id=\"userName\" name=\"userName\" autocomplete=\"username\" required></p>")
            .Append("<p><label for=\"password\">").Append(Encode(words.Get("signIn.password"))).Append("</label><br><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>")
            .Append("<p><button type=\"submit\">").Append(Encode(words.Get("signIn.submit"))).Append("</button></p></form>");
        return html.ToString();
    }
}
