using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class OneOnOneConfiguration : IEntityTypeConfiguration<OneOnOne>
{
    public void Configure(EntityTypeBuilder<OneOnOne> meeting)
    {
        meeting.Property(m => m.WithWhom).HasMaxLength(OneOnOne.WithWhomMaxLength).IsRequired();
        meeting.Property(m => m.Notes).HasMaxLength(OneOnOne.NotesMaxLength);
        // A deleted contact leaves the 1:1 with the name it had.
        meeting.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.SetNull);
        meeting.Property(m => m.Version).IsConcurrencyToken();
        meeting.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.TalkingPoints).WithOne().HasForeignKey(p => p.OneOnOneId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.AgreedActions).WithOne().HasForeignKey(a => a.OneOnOneId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasIndex(m => new { m.UserId, m.Date });
    }
}

public sealed class TalkingPointConfiguration : IEntityTypeConfiguration<TalkingPoint>
{
    public void Configure(EntityTypeBuilder<TalkingPoint> point)
    {
        point.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        point.Property(p => p.Text).HasMaxLength(TalkingPoint.TextMaxLength).IsRequired();
    }
}

public sealed class AgreedActionConfiguration : IEntityTypeConfiguration<AgreedAction>
{
    public void Configure(EntityTypeBuilder<AgreedAction> action)
    {
        action.Property(a => a.Text).HasMaxLength(AgreedAction.TextMaxLength).IsRequired();
        action.HasOne<ActionItem>().WithMany().HasForeignKey(a => a.ActionItemId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
    }
}
