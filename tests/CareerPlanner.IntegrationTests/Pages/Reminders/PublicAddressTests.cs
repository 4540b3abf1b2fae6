using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages.Reminders;

/// <summary>In Production, a server that does not know its public address says so: in the log at start-up and beside
/// the reminder setting, with the address reminder links will use instead.</summary>
public class PublicAddressTests(PublicAddressTests.WithoutPublicUrl factory) : IClassFixture<PublicAddressTests.WithoutPublicUrl>
{
    public sealed class WithoutPublicUrl : ProductionCareerPlannerFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reminders:PublicUrl", "");
        }
    }

    [Fact]
    public async Task A_missing_public_address_is_a_warning_at_start_up_and_a_notice_on_the_profile_page()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var profile = await client.GetPageAsync("/Profile");

        Assert.Contains(factory.Logs.Events, e => e.Contains("Reminders:PublicUrl is not set", StringComparison.Ordinal));
        Assert.Contains("Reminders:PublicUrl", profile.Text("[data-testid=public-url-missing]"), StringComparison.Ordinal);
    }
}

public class ConfiguredPublicAddressTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task A_configured_public_address_gives_no_warning_and_no_notice()
    {
        var (client, _) = await factory.RegisterNewUserAsync();

        var profile = await client.GetPageAsync("/Profile");

        Assert.Null(profile.Document.QuerySelector("[data-testid=public-url-missing]"));
        Assert.DoesNotContain(factory.Logs.Events, e => e.Contains("Reminders:PublicUrl is not set", StringComparison.Ordinal));
    }
}
