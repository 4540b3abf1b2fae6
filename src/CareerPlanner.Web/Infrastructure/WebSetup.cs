using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CareerPlanner.Web.Areas.Identity.Services;
using CareerPlanner.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace CareerPlanner.Web.Infrastructure;

public static class WebSetup
{
    public const string AuthCookieName = "__Host-CareerPlanner";

    /// <summary>Where the key ring's files are kept when the keys are not in the database (DataProtection:KeysPath, under the content root when relative).</summary>
    public static string KeysFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.Combine(environment.ContentRootPath, configuration["DataProtection:KeysPath"] ?? "App_Data/keys");

    public static IServiceCollection AddAppIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Keys that sign the cookies live beside the database, so a restarted container keeps everyone signed in.
        // On PostgreSQL (several instances behind a load balancer) they live in the database, so a cookie issued by one
        // instance is accepted by every other; with a certificate configured they are encrypted at rest.
        var dataProtection = services.AddDataProtection().SetApplicationName("CareerPlanner");
        if (DatabaseSetup.Provider(configuration) == DatabaseProvider.Postgres || configuration.GetValue("DataProtection:KeysInDatabase", false))
        {
            dataProtection.PersistKeysToDbContext<AppDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, environment)));
        }
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                Path.Combine(environment.ContentRootPath, certificate), configuration["DataProtection:CertificatePassword"]));
        }

        services.AddDefaultIdentity<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = configuration.GetValue("Identity:RequireConfirmedEmail", false);
                options.User.RequireUniqueEmail = true;
                // OWASP ASVS 2.1: length, not composition; guessability is PasswordStrengthValidator's job.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<AppUserManager>()
            .AddErrorDescriber<AppIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordStrengthValidator>();
        // Hashes made with fewer iterations are re-hashed at the next successful sign-in.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        // A password change elsewhere signs this session out within a minute. The stamp check rebuilds the
        // principal from the database; the session id is carried over to the new one.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = context =>
            {
                if (ServerSessions.IdOf(context.CurrentPrincipal) is { } sessionId && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(ServerSessions.ClaimType, sessionId));
                }
                return Task.CompletedTask;
            };
        });
        services.Configure<SessionSettings>(configuration.GetSection(SessionSettings.Section));
        services.AddMemoryCache();
        services.AddScoped<ServerSessions>();
        services.AddSingleton<SignInThrottle>();
        var lifetimes = (configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings()).Lifetimes;
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddTransient<IEmailSender, AppEmailSender>();

        // Every cookie Identity issues is Secure; browsers accept that over plain http on localhost only.
        services.ConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
        });
        services.ConfigureApplicationCookie(options =>
        {
            // __Host- binds the cookie to this host and path "/", over HTTPS only.
            options.Cookie.Name = AuthCookieName;
            options.Cookie.Path = "/";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Identity/Account/Login";
            options.LogoutPath = "/Identity/Account/Logout";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            // The cookie of a remembered session lives as long as the session may; the server decides when it ends.
            options.ExpireTimeSpan = lifetimes.Remembered;
            options.Events.OnSigningIn = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<ServerSessions>();
                var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
                if (userId is null || context.Principal?.Identity is not ClaimsIdentity identity)
                {
                    return;
                }
                // Refreshing the same person's sign-in (after a change to their account) keeps the session it came from.
                var current = context.HttpContext.User;
                var sessionId = current.FindFirstValue(ClaimTypes.NameIdentifier) == userId && ServerSessions.IdOf(current) is { } id
                    && await sessions.ContinueAsync(id, userId) is not null
                        ? id
                        : await sessions.StartAsync(userId, context.Properties.IsPersistent);
                identity.AddClaim(new Claim(ServerSessions.ClaimType, sessionId));
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<ServerSessions>();
                var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
                if (userId is null || ServerSessions.IdOf(context.Principal) is not { } sessionId
                    || await sessions.ContinueAsync(sessionId, userId) is null)
                {
                    // Signed out, ended everywhere, idle too long or past its lifetime: the cookie is worth nothing.
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                // The stamp check is due once a minute (ValidationInterval, as the validator itself decides); building the
                // validator asks DI for a SignInManager and a UserManager, so it is only built when the check is due.
                var stamp = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
                if (context.Properties.IssuedUtc is { } issued && (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued <= stamp.ValidationInterval)
                {
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
            options.Events.OnSignedIn = context =>
            {
                SecurityLog(context.HttpContext).LogInformation("User {UserId} signed in from {RemoteIp}",
                    context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), context.HttpContext.Connection.RemoteIpAddress?.ToString());
                return Task.CompletedTask;
            };
            options.Events.OnSigningOut = async context =>
            {
                if (ServerSessions.IdOf(context.HttpContext.User) is { } sessionId)
                {
                    await context.HttpContext.RequestServices.GetRequiredService<ServerSessions>().EndAsync(sessionId);
                    SecurityLog(context.HttpContext).LogInformation("User {UserId} signed out",
                        context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier));
                }
            };
        });
        // Antiforgery refuses to issue a Secure-always cookie on a plain-http request (the run command's
        // http://localhost), so its cookie follows the request's scheme; it is HttpOnly and SameSite=Strict.
        services.AddAntiforgery(options => options.Cookie.Name = "CareerPlanner.Antiforgery");

        // Sign-in is required everywhere but on the pages that say [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static ILogger SecurityLog(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CareerPlanner.Security");

    public static IServiceCollection AddAppPages(this IServiceCollection services)
    {
        // Pages write text in any script as itself (UTF-8) rather than as character references: the default encoder
        // escapes everything outside Basic Latin, so each "—" or "é" made a new string and seven bytes. Markup characters
        // (< > & " ') are escaped as before.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Identity", "/Account/Manage");
                // Identity UI leaves this one to the fallback policy; a visitor who is refused must be able to read why.
                options.Conventions.AllowAnonymousToAreaPage("Identity", "/Account/AccessDenied");
                // Changing how one signs in asks for the password again when it was last entered a while ago (ASVS 7.5).
                // Changing the password and deleting the account ask for it on their own forms.
                foreach (var page in (string[])["/Account/Manage/Email", "/Account/Manage/EnableAuthenticator", "/Account/Manage/Disable2fa",
                             "/Account/Manage/ResetAuthenticator", "/Account/Manage/GenerateRecoveryCodes"])
                {
                    options.Conventions.AddAreaPageApplicationModelConvention("Identity", page, model => model.Filters.Add(new RecentSignInFilter()));
                }
                // No external sign-in providers are offered, so Identity UI's pages for them have no address at all.
                options.Conventions.AddAreaFolderRouteModelConvention("Identity", "/Account", model =>
                {
                    // Every account has a password (none signs in elsewhere), so there is no "set a password" either.
                    if (model.ViewEnginePath is "/Account/ExternalLogin" or "/Account/Manage/ExternalLogins" or "/Account/Manage/SetPassword")
                    {
                        model.Selectors.Clear();
                    }
                });
            })
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new StrictBooleanModelBinderProvider());
                options.ModelMetadataDetailsProviders.Add(new BindingMessagesProvider());
                options.Filters.Add<UnknownHandlerFilter>();
                options.Filters.Add<OneSubmissionFilter>();
                options.Filters.Add<PlanContextRedirectFilter>();
                // Rules live in FluentValidation validators, so MVC adds no "field is required" of its own.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddCookieTempDataProvider(options =>
            {
                options.Cookie.Name = "__Host-CareerPlanner.TempData";
                options.Cookie.Path = "/";
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            });
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            // A real query: an empty or missing file answers "no such table", which is unhealthy.
            customTestQuery: async (db, cancellationToken) =>
            {
                _ = await db.Users.AnyAsync(cancellationToken);
                return true;
            });
        return services;
    }

    /// <summary>Behind a reverse proxy that terminates HTTPS, trust its X-Forwarded-* headers (loopback by default).</summary>
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
