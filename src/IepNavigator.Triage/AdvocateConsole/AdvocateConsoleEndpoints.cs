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
/// antiforgery-checked; everything an advocate does (and every sign-in attempt) is written to the audit table.
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

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, AdvocateSignIn signIn, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var userName = signIn.Verify(form["userName"], form["password"]);
        if (userName is null)
        {
            await audit.RecordAsync("(anonymous)", "sign-in-failed", null, context.RequestAborted).ConfigureAwait(false);
            var retry = ConsoleHtml.SignInForm(antiforgery.GetAndStoreTokens(context), "That user name and password do not match an advocate account.", form["returnUrl"]);
            return Page(context, "Sign in", retry, null, StatusCodes.Status401Unauthorized);
        }

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

    private static async Task<IResult> PacketAsync(Guid id, HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AuditTrail audit)
    {
        var stored = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return Results.NotFound();
        }

        await audit.RecordAsync(Actor(context), "view-packet", id, context.RequestAborted).ConfigureAwait(false);
        return Page(context, "Triage packet", PacketPage.Body(stored, antiforgery.GetAndStoreTokens(context)), antiforgery, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SetStatusAsync(Guid id, HttpContext context, IAntiforgery antiforgery, TriagePacketStore store, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest();
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
            return Results.NotFound();
        }

        await audit.RecordAsync(Actor(context), "set-status:" + TriagePacketStore.StatusName(status.Value), id, context.RequestAborted).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(note))
        {
            await audit.RecordAsync(Actor(context), "add-note", id, context.RequestAborted).ConfigureAwait(false);
        }

        return Results.Redirect($"{BasePath}/packets/{id:D}");
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpContext context, TriagePacketStore store, AuditTrail audit)
    {
        var stored = await store.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return Results.NotFound();
        }

        await audit.RecordAsync(Actor(context), "export-docx", id, context.RequestAborted).ConfigureAwait(false);
        return Results.File(PacketDocxExporter.Export(stored), PacketDocxExporter.ContentType, $"triage-{id:N}.docx");
    }

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
