package id.go.kemnaker.karirhub.stats.regions;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Every region, current and historical, provinces before their regencies (code order). */
    public List<Region> listInCodeOrder() {
        return listAll(Sort.by("code"));
    }
}
