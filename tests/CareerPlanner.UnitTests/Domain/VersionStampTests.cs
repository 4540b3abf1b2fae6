using System.Reflection;
using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

/// <summary>
/// Every row with a concurrency stamp (<c>Version</c>) gets a new one when the app creates it, and none when EF Core
/// reads it back through the private constructor: EF sets the stored stamp, and a new GUID is a system call for random
/// bytes — made for every goal the quarter page read, it cost a fifth of that page.
/// </summary>
public class VersionStampTests
{
    private static IEnumerable<Type> StampedTypes() => typeof(Goal).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Goal).Namespace && t.IsClass && !t.IsAbstract && t.GetProperty("Version")?.PropertyType == typeof(Guid));

    [Fact]
    public void Rows_created_by_the_app_get_a_stamp_of_their_own()
    {
        var types = StampedTypes().ToList();
        Assert.True(types.Count >= 15, $"Only {types.Count} stamped types found");

        var unstamped = types.Where(type =>
        {
            var constructor = type.GetConstructors().Single();
            object Make() => constructor.Invoke([.. constructor.GetParameters().Select(Argument)]);
            var (first, second) = (Stamp(Make()), Stamp(Make()));
            return first == Guid.Empty || first == second;
        }).Select(t => t.Name).ToList();

        Assert.True(unstamped.Count == 0, "Made by the app without a stamp of its own: " + string.Join(", ", unstamped));
    }

    [Fact]
    public void Rows_read_back_make_no_stamp()
    {
        foreach (var type in StampedTypes())
        {
            var readBack = type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)!.Invoke(null);

            Assert.True(Stamp(readBack) == Guid.Empty, $"{type.Name} makes a stamp for a row EF Core reads back");
        }
    }

    private static Guid Stamp(object row) => (Guid)row.GetType().GetProperty("Version")!.GetValue(row)!;

    private static object? Argument(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => "A value",
        var t when t == typeof(DateOnly) => new DateOnly(2026, 3, 16),
        var t when t == typeof(DateTime) => new DateTime(2026, 3, 16, 9, 0, 0, DateTimeKind.Utc),
        var t when t == typeof(DateRange) => new DateRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22)),
        var t when t.IsValueType => Activator.CreateInstance(Nullable.GetUnderlyingType(t) ?? t),
        _ => null,
    };
}
