using System.IO.Compression;
using System.Net;
using CareerPlanner.TestSupport;

namespace CareerPlanner.IntegrationTests.Infrastructure;

public class StaticAssetsTests(ProductionCareerPlannerFactory factory) : IClassFixture<ProductionCareerPlannerFactory>
{
    [Fact]
    public async Task Every_stylesheet_and_script_of_the_layout_has_a_fingerprinted_address_cached_for_a_year_and_sent_compressed()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await client.GetPageAsync("/");
        var assets = page.Document.Scripts.Select(s => s.GetAttribute("src")!)
            .Concat(page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!))
            .ToList();
        Assert.Contains(assets, a => a.StartsWith("/css/site.", StringComparison.Ordinal));

        foreach (var address in assets)
        {
            // "/css/site.css" is written "/css/site.<fingerprint>.css": a new file is a new address.
            var original = Path.Combine(Repository.WebProject, "wwwroot", FileWithoutFingerprint(address));
            Assert.True(File.Exists(original), $"{address} is not the fingerprinted address of a file in wwwroot");

            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Add("Accept-Encoding", "gzip");
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl;
            Assert.True(cacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{address} is cached for {cacheControl?.MaxAge}");
            Assert.Contains("immutable", cacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
            await using var unzipped = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
            using var content = new MemoryStream();
            await unzipped.CopyToAsync(content);
            Assert.Equal(await File.ReadAllBytesAsync(original), content.ToArray());
        }
    }

    [Fact]
    public async Task The_sign_in_page_gets_its_styles_before_anyone_signs_in_and_an_unknown_file_is_the_not_found_page()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await client.GetPageAsync("/Identity/Account/Login");
        var stylesheet = page.Document.QuerySelector("link[rel=stylesheet][href^='/css/site.']")!.GetAttribute("href")!;

        using var styles = await client.GetAsync(stylesheet);
        using var missing = await client.GetAsync("/css/no-such-file.css");

        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not found", await missing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"/js/site.abc123.js" → "js/site.js"; "/lib/bootstrap/css/bootstrap.min.abc123.css" → "lib/bootstrap/css/bootstrap.min.css".</summary>
    private static string FileWithoutFingerprint(string address)
    {
        var path = address.TrimStart('/');
        var extension = Path.GetExtension(path);
        var withoutExtension = path[..^extension.Length];
        var fingerprint = Path.GetExtension(withoutExtension);
        return withoutExtension[..^fingerprint.Length] + extension;
    }
}
