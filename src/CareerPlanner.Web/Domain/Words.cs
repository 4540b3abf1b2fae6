using System.Text;

namespace CareerPlanner.Web.Domain;

/// <summary>The small grammar the app's sentences need, in one place: "a"/"an", counts with plurals, enum titles.</summary>
public static class Words
{
    private static readonly string[] ConsonantSoundingVowels = ["uni", "use", "usu", "uti", "one", "eu"];
    private static readonly string[] VowelSoundingConsonants = ["hour", "honest", "honour"];

    /// <summary>"a career option", "an interest", "an annual review".</summary>
    public static string A(string noun)
    {
        var word = noun.TrimStart().ToLowerInvariant();
        var vowel = word.Length > 0 && "aeiou".Contains(word[0], StringComparison.Ordinal)
            ? !ConsonantSoundingVowels.Any(p => word.StartsWith(p, StringComparison.Ordinal))
            : VowelSoundingConsonants.Any(p => word.StartsWith(p, StringComparison.Ordinal));
        return (vowel ? "an " : "a ") + noun;
    }

    /// <summary>"1 response", "3 responses", "0 responses"; <paramref name="plural"/> when adding "s" is wrong.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>
    /// Any enum value as words, for the values that have no title of their own: "InformationalInterview" becomes
    /// "Informational interview". The enums people see have their own <c>Title()</c>, which C# prefers to this one.
    /// </summary>
    public static string Title(this Enum value)
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                words.Append(name[i]);
            }
        }
        return words.ToString();
    }
}
