using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>Reads an uploaded file defensively: a missing or empty file and one over the limit are refused beside the
/// field <c>Input.File</c> in our words, before any of it is read.</summary>
public static class Uploads
{
    public static async Task<byte[]?> ReadFileAsync(this ModelStateDictionary modelState, IFormFile? file, long maxBytes, string whenMissing, string whenTooLarge)
    {
        if (file is not { Length: > 0 })
        {
            modelState.AddInputError("File", whenMissing);
            return null;
        }
        if (file.Length > maxBytes)
        {
            modelState.AddInputError("File", whenTooLarge);
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
