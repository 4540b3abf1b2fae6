using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerPlanner.Web.Data;

/// <summary>
/// Which tables hold a person's rows, read from the EF model rather than listed by hand, so that a table added later is
/// in the backup, and in the tests of deletion and of the personal-data download, without anyone remembering to add it.
/// </summary>
public static class OwnedTables
{
    /// <summary>The user table, and every table with a required foreign key to a table already owned (to a fixed point).
    /// An optional link (such as an activity's career option) is a reference, not ownership.</summary>
    public static IReadOnlyList<IEntityType> Of(IModel model)
    {
        var owned = new List<IEntityType> { model.FindEntityType(typeof(AppUser))! };
        bool added;
        do
        {
            added = false;
            foreach (var type in model.GetEntityTypes().Where(t => !owned.Contains(t) && t.GetTableName() is not null))
            {
                if (type.GetForeignKeys().Any(fk => fk.IsRequired && owned.Contains(fk.PrincipalEntityType)))
                {
                    owned.Add(type);
                    added = true;
                }
            }
        }
        while (added);
        return owned;
    }
}
