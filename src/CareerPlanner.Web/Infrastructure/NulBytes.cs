namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// A NUL character typed or pasted into any field ("%00" in a posted form) makes ASP.NET Core refuse to read the
/// whole form, which ends as a bare 400 with everything typed lost. It is never meaningful in text, so it is
/// stripped from the form before anything reads it; the rest of what was typed is kept and handled as usual.
/// </summary>
public static class NulBytes
{
    /// <summary>Forms larger than this are left alone (and refused by the form reader's own limits).</summary>
    private const int MaxFormBytes = 8 * 1024 * 1024;

    public static IApplicationBuilder UseNulByteStripping(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.ContentLength is > 0 and <= MaxFormBytes
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = new byte[(int)request.ContentLength.Value];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted);
            var cleaned = Strip(body);
            request.Body = new MemoryStream(cleaned, writable: false);
            request.ContentLength = cleaned.Length;
        }
        await next();
    });

    /// <summary>The form body without its encoded NULs ("%00"); the same array when it has none.</summary>
    public static byte[] Strip(byte[] body)
    {
        var nul = "%00"u8;
        if (body.AsSpan().IndexOf(nul) < 0)
        {
            return body;
        }
        var cleaned = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body.AsSpan(i).StartsWith(nul))
            {
                i += nul.Length - 1;
                continue;
            }
            cleaned.Add(body[i]);
        }
        return [.. cleaned];
    }
}
