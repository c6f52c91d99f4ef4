using IepNavigator.Triage.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>The console's own cookie scheme and policy, so it never depends on (or changes) the host's default scheme.</summary>
internal static class AdvocateConsoleServices
{
    public const string Scheme = "IepNavigator.Advocates";
    public const string Policy = "IepNavigator.Advocate";
    public const string RoleClaim = "iepnav:role";
    public const string AdvocateRole = "advocate";

    public static IServiceCollection AddAdvocateConsole(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "iepnav-advocate";
            options.Cookie.Path = AdvocateConsoleEndpoints.BasePath;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = AdvocateConsoleEndpoints.BasePath + "/sign-in";
            options.LogoutPath = AdvocateConsoleEndpoints.BasePath + "/sign-out";
            options.AccessDeniedPath = AdvocateConsoleEndpoints.BasePath + "/sign-in";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                // A browser asking for a page goes to sign-in; anything else (a form post, a script) gets 401.
                OnRedirectToLogin = context =>
                {
                    if (HttpMethods.IsGet(context.Request.Method))
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }
                    else
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }

                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(RoleClaim, AdvocateRole));
        services.AddAntiforgery();
        services.TryAddSingleton<IPasswordHasher<AdvocateAccount>, PasswordHasher<AdvocateAccount>>();
        services.TryAddSingleton<AdvocateSignIn>();
        services.TryAddSingleton<Store.AttemptFailures>();
        services.TryAddSingleton<AttemptThrottle>();
        return services;
    }
}
