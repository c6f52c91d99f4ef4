using System.Security.Claims;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// The console under /advocates. Every page but sign-in needs the advocate policy; every form is
/// antiforgery-checked; everything an advocate does (and every sign-in attempt) is written to the audit table. Wrong
/// passwords and packet addresses that lead nowhere back off per account and per client (<see cref="AttemptThrottle"/>).
/// </summary>
internal static class AdvocateConsoleEndpoints
{
    public const string BasePath = "/advocates";
    private const string Html = "text/html; charset=utf-8";
    private const int QueueLimit = 500;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).DisableAntiforgery(); // validated explicitly below, per form
        group.MapGet("/sign-in", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, "Sign in", ConsoleHtml.SignInForm(antiforgery.GetAndStoreTokens(context), null, returnUrl), null, StatusCodes.Status200OK))
            .AllowAnonymous();
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous();

        group.MapGet("/", QueueAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        group.MapGet("/audit", AuditAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        group.MapGet("/packets/{id:guid}", PacketAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        group.MapPost("/packets/{id:guid}/status", SetStatusAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        group.MapGet("/packets/{id:guid}/export.docx", ExportAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
        group.MapPost("/sign-out", SignOutAsync).RequireAuthorization(AdvocateConsoleServices.Policy);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, AdvocateSignIn signIn, AttemptThrottle throttle, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        string? typed = form["userName"];
        var account = signIn.AccountNamed(typed);
        var client = Client(context);
        // Locked: the password is not even checked, so guessing on gets nothing, however fast.
        var locked = await throttle.LockedForAsync(AttemptDoor.SignIn, typed, client, context.RequestAborted).ConfigureAwait(false);
        if (locked > TimeSpan.Zero)
        {
            await audit.RecordAsync(account ?? "(anonymous)", "sign-in-locked", null, context.RequestAborted).ConfigureAwait(false);
            var paused = ConsoleHtml.SignInForm(antiforgery.GetAndStoreTokens(context),
                $"Too many failed sign-ins for this account or from this network, so signing in is paused. Try again in {ConsoleHtml.Wait(locked)}. "
                + "If these attempts were not yours, tell whoever runs this service.", form["returnUrl"]);
            return TooMany(context, "Sign in", paused, locked);
        }

        var userName = signIn.Verify(typed, form["password"]);
        if (userName is null)
        {
            await throttle.FailedAsync(AttemptDoor.SignIn, typed, client, context.RequestAborted).ConfigureAwait(false);
            await audit.RecordAsync(account ?? "(anonymous)", "sign-in-failed", null, context.RequestAborted).ConfigureAwait(false);
            var retry = ConsoleHtml.SignInForm(antiforgery.GetAndStoreTokens(context), "That user name and password do not match an advocate account.", form["returnUrl"]);
            return Page(context, "Sign in", retry, null, StatusCodes.Status401Unauthorized);
        }

        await throttle.SucceededAsync(userName, context.RequestAborted).ConfigureAwait(false);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(AdvocateConsoleServices.RoleClaim, AdvocateConsoleServices.AdvocateRole)],
            AdvocateConsoleServices.Scheme);
        await context.SignInAsync(AdvocateConsoleServices.Scheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        await audit.RecordAsync(userName, "sign-in", null, context.RequestAborted).ConfigureAwait(false);
        string? returnUrl = form["returnUrl"];
        return Results.Redirect(IsConsolePath(returnUrl) ? returnUrl! : BasePath);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        await audit.RecordAsync(Actor(context), "sign-out", null, context.RequestAborted).ConfigureAwait(false);
        await context.SignOutAsync(AdvocateConsoleServices.Scheme).ConfigureAwait(false);
        return Results.Redirect(BasePath + "/sign-in");
    }

    private static async Task<IResult> QueueAsync(HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AuditTrail audit, TimeProvider clock)
    {
        var entries = await store.QueueAsync(QueueLimit, context.RequestAborted).ConfigureAwait(false);
        await audit.RecordAsync(Actor(context), "view-queue", null, context.RequestAborted).ConfigureAwait(false);
        return Page(context, "Triage queue", QueuePage.Body(entries, clock.GetUtcNow()), antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> AuditAsync(HttpContext context, IAntiforgery antiforgery, AuditTrail audit)
    {
        var entries = await audit.ListAsync(null, QueueLimit, context.RequestAborted).ConfigureAwait(false);
        await audit.RecordAsync(Actor(context), "view-audit", null, context.RequestAborted).ConfigureAwait(false);
        return Page(context, "Audit log", QueuePage.AuditBody(entries), antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PacketAsync(Guid id, HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit)
    {
        if (await PacketDoorClosedAsync(context, throttle, audit).ConfigureAwait(false) is { } closed)
        {
            return closed;
        }
        var stored = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return await NotFoundAsync(context, throttle, audit).ConfigureAwait(false);
        }

        await audit.RecordAsync(Actor(context), "view-packet", id, context.RequestAborted).ConfigureAwait(false);
        return Page(context, "Triage packet", PacketPage.Body(stored, antiforgery.GetAndStoreTokens(context)), antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SetStatusAsync(Guid id, HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }
        if (await PacketDoorClosedAsync(context, throttle, audit).ConfigureAwait(false) is { } closed)
        {
            return closed;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var status = Enum.GetValues<PacketStatus>().Cast<PacketStatus?>()
            .FirstOrDefault(candidate => TriagePacketStore.StatusName(candidate!.Value) == form["status"]);
        if (status is null)
        {
            return Results.BadRequest();
        }

        string? note = form["note"];
        if (!await store.SetStatusAsync(id, status.Value, note, Actor(context), context.RequestAborted).ConfigureAwait(false))
        {
            return await NotFoundAsync(context, throttle, audit).ConfigureAwait(false);
        }

        await audit.RecordAsync(Actor(context), "set-status:" + TriagePacketStore.StatusName(status.Value), id, context.RequestAborted).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(note))
        {
            await audit.RecordAsync(Actor(context), "add-note", id, context.RequestAborted).ConfigureAwait(false);
        }

        return Results.Redirect($"{BasePath}/packets/{id:D}");
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpContext context, TriagePacketStore store, AttemptThrottle throttle, AuditTrail audit)
    {
        if (await PacketDoorClosedAsync(context, throttle, audit).ConfigureAwait(false) is { } closed)
        {
            return closed;
        }
        var stored = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return await NotFoundAsync(context, throttle, audit).ConfigureAwait(false);
        }

        await audit.RecordAsync(Actor(context), "export-docx", id, context.RequestAborted).ConfigureAwait(false);
        return Results.File(PacketDocxExporter.Export(stored), PacketDocxExporter.ContentType, $"triage-{id:N}.docx");
    }

    /// <summary>
    /// Packet pages back off like sign-in: packet ids cannot be guessed, so addresses that keep leading nowhere (a
    /// script walking ids with a stolen session) lock that account and client out of packet pages for a while.
    /// </summary>
    private static async Task<IResult?> PacketDoorClosedAsync(HttpContext context, AttemptThrottle throttle, AuditTrail audit)
    {
        var locked = await throttle.LockedForAsync(AttemptDoor.PacketPage, Actor(context), Client(context), context.RequestAborted).ConfigureAwait(false);
        if (locked <= TimeSpan.Zero)
        {
            return null;
        }
        await audit.RecordAsync(Actor(context), "packet-pages-locked", null, context.RequestAborted).ConfigureAwait(false);
        var body = $"<p role=\"alert\">Too many packet addresses from this account or network led nowhere, so packet pages are paused. Try again in {ConsoleHtml.Wait(locked)}, "
            + $"starting from the <a href=\"{BasePath}\">queue</a>.</p>";
        return TooMany(context, "Packet pages paused", body, locked);
    }

    private static async Task<IResult> NotFoundAsync(HttpContext context, AttemptThrottle throttle, AuditTrail audit)
    {
        await throttle.FailedAsync(AttemptDoor.PacketPage, Actor(context), Client(context), context.RequestAborted).ConfigureAwait(false);
        await audit.RecordAsync(Actor(context), "packet-not-found", null, context.RequestAborted).ConfigureAwait(false);
        return Results.NotFound();
    }

    /// <summary>429 with Retry-After (whole seconds) and a page that says how long to wait.</summary>
    private static IResult TooMany(HttpContext context, string title, string body, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page(context, title, body, null, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The client's address (after the host's forwarded-headers handling, when a proxy is trusted).</summary>
    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static IResult Page(HttpContext context, string title, string body, IAntiforgery? antiforgery, int status)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true ? Actor(context) : null;
        var tokens = signedIn is null || antiforgery is null ? null : antiforgery.GetAndStoreTokens(context);
        // Packets hold personal data: never cache a console page.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(ConsoleHtml.Page(title, body, signedIn, tokens), Html, statusCode: status);
    }

    private static string Actor(HttpContext context) => context.User.Identity?.Name ?? "(anonymous)";

    private static bool IsConsolePath(string? url) =>
        url is not null && url.StartsWith(BasePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
}
