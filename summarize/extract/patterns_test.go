package extract

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every pattern of the package, since they
// are compiled only when first used.
func TestPatternsCompile(t *testing.T) {
	patterns := map[string]func() *regexp.Regexp{
		"reBreadcrumb":     reBreadcrumb,
		"reByline":         reByline,
		"reBylinePartSeps": reBylinePartSeps,
		"reBylineSeps":     reBylineSeps,
		"reCallToAction":   reCallToAction,
		"reCaptionCredit":  reCaptionCredit,
		"reCaptionLead":    reCaptionLead,
		"reClock":          reClock,
		"reCopyright":      reCopyright,
		"reCounter":        reCounter,
		"reCrumbSeps":      reCrumbSeps,
		"reDMY":            reDMY,
		"reDatePrefix":     reDatePrefix,
		"reDateTail":       reDateTail,
		"reDateline":       reDateline,
		"reDatelineNoDash": reDatelineNoDash,
		"reEditedByStaff":  reEditedByStaff,
		"reEmbeddedPost":   reEmbeddedPost,
		"reFrontKV":        reFrontKV,
		"reISO":            reISO,
		"reItem":           reItem,
		"reLeadCredit":     reLeadCredit,
		"reLinkLabel":      reLinkLabel,
		"reLowerByline":    reLowerByline,
		"reMDY":            reMDY,
		"reMdEmph":         reMdEmph,
		"reMdHeading":      reMdHeading,
		"reMdImage":        reMdImage,
		"reMdLink":         reMdLink,
		"reMdRefDef":       reMdRefDef,
		"reMdRefLink":      reMdRefLink,
		"reOwnCredit":      reOwnCredit,
		"rePhotoCredit":    rePhotoCredit,
		"rePostFooter":     rePostFooter,
		"reReadTime":       reReadTime,
		"reRelTime":        reRelTime,
		"reRoleWords":      reRoleWords,
		"reSource":         reSource,
		"reSourceSeps":     reSourceSeps,
		"reTag":            reTag,
		"reTagLine":        reTagLine,
		"reTrailCredit":    reTrailCredit,
		"reURLLine":        reURLLine,
		"reWeekday":        reWeekday,
		"reZoneTail":       reZoneTail,
	}
	for name, re := range patterns {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%s does not compile: %v", name, r)
				}
			}()
			if first, again := re(), re(); first != again {
				t.Errorf("%s compiled twice", name)
			}
		})
	}
}
