using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class LearningItemConfiguration : IEntityTypeConfiguration<LearningItem>
{
    public void Configure(EntityTypeBuilder<LearningItem> item)
    {
        item.Property(i => i.Title).HasMaxLength(LearningItem.TitleMaxLength).IsRequired();
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Learned).HasMaxLength(LearningItem.LearnedMaxLength);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        item.HasMany(i => i.Skills).WithOne().HasForeignKey(l => l.LearningItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => new { i.UserId, i.Status });
    }
}

public sealed class LearningSkillLinkConfiguration : IEntityTypeConfiguration<LearningSkillLink>
{
    public void Configure(EntityTypeBuilder<LearningSkillLink> link)
    {
        link.HasKey(l => new { l.LearningItemId, l.SkillId });
        link.HasOne<Skill>().WithMany().HasForeignKey(l => l.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
