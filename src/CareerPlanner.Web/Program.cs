using CareerPlanner.Web.Pages;
using FluentValidation;

// `backup <file>`: a consistent copy of the configured database, then exit (README, "Backing up").
if (args is [BackupCommand.Name, ..])
{
    if (args is not [_, var file, .. var settings])
    {
        Console.Error.WriteLine("Usage: backup <file>   (a new file for the copy of the database)");
        return 2;
    }
    var configured = WebApplication.CreateBuilder(settings);
    return await BackupCommand.RunAsync(configured.Configuration, configured.Environment, file, Console.Out, Console.Error);
}

// `import-occupations <O*NET text zip or folder>`: replace the occupation catalogue, then exit (README, "The occupation catalogue").
if (args is [CareerPlanner.Web.Pages.Occupations.OccupationImport.Name, ..])
{
    if (args is not [_, var source, .. var settings])
    {
        Console.Error.WriteLine("Usage: import-occupations <O*NET text release: the db_XX_X_text.zip from onetcenter.org, or the folder it unzips to>");
        return 2;
    }
    await using var importer = AppBuilder(settings).Build();
    await importer.Services.MigrateDatabaseAsync();
    return await CareerPlanner.Web.Pages.Occupations.OccupationImport.RunAsync(importer.Services, source, Console.Out, Console.Error);
}

// `copy-database --to-postgres "<connection string>"`: move the configured SQLite database into a new PostgreSQL database (README, "Moving to PostgreSQL").
if (args is [CareerPlanner.Web.Infrastructure.CopyDatabaseCommand.Name, ..])
{
    if (args is not [_, "--to-postgres", var target, .. var settings])
    {
        Console.Error.WriteLine(CareerPlanner.Web.Infrastructure.CopyDatabaseCommand.Usage);
        return 2;
    }
    var configured = WebApplication.CreateBuilder(settings);
    return await CareerPlanner.Web.Infrastructure.CopyDatabaseCommand.RunAsync(configured.Configuration, configured.Environment, target, Console.Out, Console.Error);
}

var app = AppBuilder(args).Build();
if (!app.Environment.IsDevelopment() && !app.Services.GetRequiredService<CareerPlanner.Web.Pages.Reminders.PublicAddress>().IsConfigured)
{
    app.Logger.LogWarning(CareerPlanner.Web.Pages.Reminders.PublicAddress.MissingWarning);
}

app.UseForwardedHeaders();
app.UseSecurityHeaders(app.Environment);
app.UseAppRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseNulByteStripping();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOneConnectionPerPage();

// wwwroot as found at build time: fingerprinted URLs cached for a year, and pre-compressed copies (gzip, and Brotli
// when published) for a browser that accepts them. Public like the landing page: the sign-in page needs its styles.
app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapHealthChecks("/health").AllowAnonymous();
// Any other path is a plain 404 (shown by the error page), for anonymous visitors too, never a sign-in redirect.
app.MapFallback("{*path}", context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).AllowAnonymous();

await app.Services.MigrateDatabaseAsync();
await app.RunAsync();
return 0;

// The app's services, the same for the web server and for the commands that work on its database.
static WebApplicationBuilder AppBuilder(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    // A built but unpublished app (`dotnet run`, the test hosts) keeps the compressed copies of its assets outside
    // wwwroot: without this, outside Development, a browser asking for gzip would get an empty file. A published
    // app has them in wwwroot, and this does nothing. MapStaticAssets also treats such an app as one under
    // development and drops the caching of its assets; outside Development the manifest's own headers are right (a
    // changed file gets a new address).
    builder.WebHost.UseStaticWebAssets();
    if (!builder.Environment.IsDevelopment())
    {
        builder.Configuration["EnableStaticAssetsDevelopmentCaching"] ??= "true";
    }
    builder.Services.AddAppLogging(builder.Configuration, builder.Environment);
    builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
    builder.Services.AddAppIdentity(builder.Configuration, builder.Environment);
    builder.Services.AddAppPages();
    builder.Services.AddFeatureServices(builder.Configuration);
    builder.Services.AddReverseProxySupport(builder.Configuration);
    builder.Services.AddAccountRateLimiting(builder.Configuration);
    // Validators hold no state and depend on nothing scoped: built once, not on every request that needs an editor
    // (building one compiles its rules' expressions — the largest allocation of a dashboard request when scoped).
    builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
    builder.Services.AddSingleton(TimeProvider.System);
    return builder;
}
