package claim

// The per-token rules (run.sentence and the hooks it calls for every
// token) dispatch on whether the token's word is in one of many word
// sets. A token's membership in the sets those hot rules test is read
// once per document into a bit mask (run.masks), so that a rule tests a
// bit instead of hashing the word again for every set.

// trigger names a word set tested by the per-token rules: its bit in a
// token's mask.
type trigger uint8

// The word sets read through token masks.
const (
	tSportRoles trigger = iota
	tFoundingNouns
	tPlayVerbs
	tBandRoles
	tPartyRoles
	tEmployRoles
	tFoundVerbs
	tFoundingVerbs
	tLeadVerbs
	tTeamVerbs
	tEducationVerbs
	tReleaseVerbs
	tMakeVerbs
	tBandNouns
	tLeadRoles
	tMemberCountryNouns
	tPressRoles
	tAcademicRoles
	tRecruitVerbs
	tMoreRoles
	tProgrammeNouns
	tCastVerbs
	tCreditNouns
	tGuestNouns
	tHostNouns
	tSongNouns
	tGuestVerbs
	tLawNouns
	tInceptionVerbs
	tOriginVerbs
	tMadeWorkVerbs
	tRunNouns
	tWorkClass
	tForWorkNouns
	tYearRoleVerbs
	tHeroNouns
	tComicNouns
	tAirVerbs
	tMakerVerbs
	tExSpouseNouns
	tWeddingVerbs
	tPartyFoundVerbs
	tAlumniNouns
	tElectedVerbs
	tPartyNounWords
	tDegreeWords
	tSchoolRoles
	tMusicWords
	tSportsWords
	tActingWords
	tScreenWords
	tAwardWords
	numTriggers
)

// triggerSets holds the word set of each trigger.
var triggerSets = [numTriggers]map[string]bool{
	tSportRoles:         sportRoles,
	tFoundingNouns:      foundingNouns,
	tPlayVerbs:          playVerbs,
	tBandRoles:          bandRoles,
	tPartyRoles:         partyRoles,
	tEmployRoles:        employRoles,
	tFoundVerbs:         foundVerbs,
	tFoundingVerbs:      foundingVerbs,
	tLeadVerbs:          leadVerbs,
	tTeamVerbs:          teamVerbs,
	tEducationVerbs:     educationVerbs,
	tReleaseVerbs:       releaseVerbs,
	tMakeVerbs:          makeVerbs,
	tBandNouns:          bandNouns,
	tLeadRoles:          leadRoles,
	tMemberCountryNouns: memberCountryNouns,
	tPressRoles:         pressRoles,
	tAcademicRoles:      academicRoles,
	tRecruitVerbs:       recruitVerbs,
	tMoreRoles:          moreRoles,
	tProgrammeNouns:     programmeNouns,
	tCastVerbs:          castVerbs,
	tCreditNouns:        creditNouns,
	tGuestNouns:         guestNouns,
	tHostNouns:          hostNouns,
	tSongNouns:          songNouns,
	tGuestVerbs:         guestVerbs,
	tLawNouns:           lawNouns,
	tInceptionVerbs:     inceptionVerbs,
	tOriginVerbs:        originVerbs,
	tMadeWorkVerbs:      madeWorkVerbs,
	tRunNouns:           runNouns,
	tWorkClass:          workClass,
	tForWorkNouns:       forWorkNouns,
	tYearRoleVerbs:      yearRoleVerbs,
	tHeroNouns:          heroNouns,
	tComicNouns:         comicNouns,
	tAirVerbs:           airVerbs,
	tMakerVerbs:         keys(makerVerbs),
	tExSpouseNouns:      exSpouseNouns,
	tWeddingVerbs:       weddingVerbs,
	tPartyFoundVerbs:    partyFoundVerbs,
	tAlumniNouns:        alumniNouns,
	tElectedVerbs:       electedVerbs,
	tPartyNounWords:     partyNounWords,
	tDegreeWords:        degreeWords,
	tSchoolRoles:        schoolRoles,
	tMusicWords:         musicWords,
	tSportsWords:        sportsWords,
	tActingWords:        actingWords,
	tScreenWords:        screenWords,
	tAwardWords:         awardWords,
}

// Every trigger has a bit of a uint64 mask.
var _ = [64 - numTriggers]struct{}{}

// triggerMasks maps a lower-cased word to the mask of the triggerSets
// holding it; words in none are absent.
var triggerMasks = buildTriggerMasks()

func buildTriggerMasks() map[string]uint64 {
	m := map[string]uint64{}
	for t, ws := range triggerSets {
		for w, in := range ws {
			if in {
				m[w] |= 1 << t
			}
		}
	}
	return m
}

// keys returns the set of m's keys.
func keys[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for w := range m {
		out[w] = true
	}
	return out
}

// wordMasks returns the trigger mask of each word.
func wordMasks(words []string) []uint64 {
	masks := make([]uint64, len(words))
	for i, w := range words {
		masks[i] = triggerMasks[w]
	}
	return masks
}

// has reports whether the word of token i is in the word set of t: the
// same as triggerSets[t][r.words[i]].
func (r *run) has(i int, t trigger) bool {
	return r.masks[i]&(1<<t) != 0
}
