using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>A page writes a person's text in any script as itself, and still escapes the characters that make markup.</summary>
public class TextEncodingTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task Text_outside_basic_latin_is_written_as_itself_and_markup_characters_are_escaped()
    {
        var (client, _) = await factory.RegisterNewUserAsync();
        await client.CreatePlanAsync("Café — Zürich <b>\"2027\"</b> & 東京");

        var html = await client.GetStringAsync("/Plans");

        Assert.Contains("Café — Zürich &lt;b&gt;&quot;2027&quot;&lt;/b&gt; &amp; 東京", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }
}
