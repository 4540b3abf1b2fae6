using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Infrastructure;

namespace CareerPlanner.IntegrationTests.Infrastructure;

public class SecurityHeadersTests(ProductionCareerPlannerFactory factory) : IClassFixture<ProductionCareerPlannerFactory>
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/Identity/Account/Register", false)]
    [InlineData("/Identity/Account/Login", false)]
    [InlineData("/Dashboard", true)]
    [InlineData("/no-such-page", false)]
    public async Task Every_html_response_carries_the_security_headers(string path, bool signedIn)
    {
        var client = signedIn ? (await factory.RegisterNewUserAsync()).Client : factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_carries_an_inline_script_or_a_script_from_another_origin()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var path in new[] { "/", "/Identity/Account/Register", "/Identity/Account/Login", "/Identity/Account/ForgotPassword" })
        {
            var page = await client.GetPageAsync(path);
            foreach (var script in page.Document.Scripts)
            {
                var source = script.GetAttribute("src");
                Assert.False(string.IsNullOrEmpty(source), $"{path} has an inline script");
                Assert.StartsWith("/", source, StringComparison.Ordinal);
                Assert.False(source.StartsWith("//", StringComparison.Ordinal), $"{path} loads a script from another origin");
            }
            foreach (var link in page.Document.QuerySelectorAll("link[rel=stylesheet]"))
            {
                Assert.StartsWith("/", link.GetAttribute("href"), StringComparison.Ordinal);
            }
        }
    }
}
